// Solving an LP-format model with HiGHS (WebAssembly) from Node: status, incumbent objective,
// proven bound and the column values by name.
import highsLoader from 'highs';

export interface MilpResult {
  status: 'optimal' | 'time-limit' | 'infeasible' | 'other';
  statusText: string;
  objective: number | null;
  /** Proven lower bound (minimisation) of this model. */
  bound: number | null;
  seconds: number;
  value: (name: string) => number;
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Highs> | null = null;

export async function solveLp(lpText: string, opts: { timeLimitSec: number; threads?: number }): Promise<MilpResult> {
  loaded ??= highsLoader();
  const highs = await loaded;
  const t0 = performance.now();
  return highs.withModel({ format: 'lp', data: lpText }, (model) => {
    model.options.set({ output_flag: false, time_limit: opts.timeLimitSec, mip_rel_gap: 1e-6 });
    model.run();
    const code = model.getModelStatus();
    const K = highs.constants.modelStatus;
    const status: MilpResult['status'] = code === K.optimal ? 'optimal' : code === K.timeLimit ? 'time-limit' : code === K.infeasible ? 'infeasible' : 'other';
    const info = (name: string): number | null => {
      try {
        const v = Number(model.info.get(name));
        return Number.isFinite(v) && Math.abs(v) < 1e30 ? v : null;
      } catch {
        return null;
      }
    };
    const primalOk = info('primal_solution_status') === 2;
    const objective = primalOk ? info('objective_function_value') : null;
    let bound = info('mip_dual_bound');
    if (status === 'optimal' && objective !== null && bound === null) bound = objective;
    const values = new Map<string, number>();
    if (primalOk) {
      const col = model.getSolution().colValue;
      for (let i = 0; i < col.length; i++) values.set(model.getColName(i), col[i]);
    }
    return { status, statusText: String(code), objective, bound, seconds: (performance.now() - t0) / 1000, value: (n: string) => values.get(n) ?? 0 };
  });
}
