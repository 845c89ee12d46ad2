import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi, buildShellApi } from './preload-api';

contextBridge.exposeInMainWorld('ketenApi', buildPreloadApi(ipcRenderer));
contextBridge.exposeInMainWorld('ketenShell', buildShellApi(ipcRenderer));
