// A small writer for CPLEX LP text (what HiGHS reads): named variables, linear rows, bounds and
// binaries. Long rows are wrapped, since LP readers limit line length.
export type Term = [coef: number, name: string];

export class LpWriter {
  private obj = new Map<string, number>();
  private rows: string[] = [];
  private binaries = new Set<string>();
  private bounded = new Map<string, [number, number]>();
  private vars = new Set<string>();

  binary(name: string, cost = 0): string {
    this.binaries.add(name);
    return this.var(name, cost);
  }

  continuous(name: string, lo: number, hi: number, cost = 0): string {
    this.bounded.set(name, [lo, hi]);
    return this.var(name, cost);
  }

  private var(name: string, cost: number): string {
    this.vars.add(name);
    if (cost !== 0) this.obj.set(name, (this.obj.get(name) ?? 0) + cost);
    return name;
  }

  row(terms: Term[], sense: '<=' | '>=' | '=', rhs: number): void {
    const merged = new Map<string, number>();
    for (const [c, n] of terms) merged.set(n, (merged.get(n) ?? 0) + c);
    const list = [...merged].filter(([, c]) => c !== 0);
    if (list.length === 0) return;
    this.rows.push(`r${this.rows.length}: ${terms2str(list)} ${sense} ${rhs}`);
  }

  get numVars(): number {
    return this.vars.size;
  }
  get numRows(): number {
    return this.rows.length;
  }

  toString(): string {
    const out: string[] = ['Minimize', ` obj: ${this.obj.size > 0 ? terms2str([...this.obj].map(([n, c]) => [n, c])) : '0 dummy'}`, 'Subject To'];
    for (const r of this.rows) out.push(` ${r}`);
    out.push('Bounds');
    for (const [n, [lo, hi]] of this.bounded) out.push(` ${lo} <= ${n} <= ${hi}`);
    if (this.obj.size === 0) out.push(' dummy = 0');
    out.push('Binary');
    const bins = [...this.binaries];
    for (let i = 0; i < bins.length; i += 20) out.push(` ${bins.slice(i, i + 20).join(' ')}`);
    out.push('End');
    return out.join('\n');
  }
}

function terms2str(list: [string, number][]): string {
  const parts: string[] = [];
  list.forEach(([n, c], i) => {
    const sign = c < 0 ? '-' : '+';
    const a = Math.abs(c);
    parts.push(`${sign} ${a === 1 ? '' : `${a} `}${n}`);
    if (i % 10 === 9) parts.push('\n  ');
  });
  return parts.join(' ');
}
