// The bundler writes the package version in; under tsx (tests, CLI) we fall back to a dev tag.
declare const __KETEN_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __KETEN_VERSION__ === 'string' ? __KETEN_VERSION__ : '0.0.0-dev';
