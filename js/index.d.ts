// Declarations of the JavaScript API in index.js. The wire types are in
// dist/wire.d.ts, generated from repkit's JSON Schemas.
import type {
  Assessment, Burst, Coach, Dose, Equipment, Event, Exercise, Gym, History, Import, ImportOptions,
  Lift, Lifter, NextTime, Outing, Plan, PlanEntry, Protocol, Record, SessionState, Start, Step,
} from "./dist/wire";

// The wire types keep their Go names, so two of them, Record and Event,
// share a name with TypeScript's own Record<K, V> and the DOM's Event:
// import them under a namespace (import type * as repkit from
// "@repkit/repkit"; repkit.Record) or rename them on import.
export type * from "./dist/wire";

export interface Session {
  next(): Step;
  record(): Record;
  readonly ended: boolean;
  save(): SessionState;
  apply(event: Event): Step;
  log(burst: Burst): Step;
  end(): Step;
}

export interface Repkit {
  readonly version: number;
  exercise(q: string): Exercise;
  classify(exercise: Exercise): Assessment;
  protocol(name: string): Protocol;
  /** dose "" plans at the full dose; "unknown" plans no rest-pause, as the Go planner does for a dose not assessed. */
  plan(lifter: Lifter, dose: Dose | "", entries: PlanEntry[]): Plan;
  startSession(protocol: Protocol, start: Start): Session;
  resumeSession(protocol: Protocol, state: SessionState): Session;
  /** dose "" (or "unknown") means today's dose was not assessed: it neither holds nor lowers the load. */
  nextTime(args: { outings: Outing[]; coach?: Coach; gym?: Gym; equipment: Equipment; today: string | Date; dose?: Dose | "" }): NextTime;
  importHistory(csv: string, options?: ImportOptions): Import;
  historyLifts(history: History): Lift[];
}

export function load(options?: { wasmURL?: string | URL }): Promise<Repkit>;
