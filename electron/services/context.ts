import type { Db } from '../../db/connection';

export interface ServiceEnv {
  version: string;
  dataFile: string;
  /** Today in Europe/Amsterdam, 'YYYY-MM-DD'. */
  today: () => string;
}

export interface ServiceDeps {
  db: Db;
  env: ServiceEnv;
}
