// repkit for JavaScript: one loader for Node and browsers over the
// WebAssembly build of package mobile. Every value in and out is repkit's
// wire format (see dist/wire.d.ts): snake_case keys, enums as names,
// durations as seconds, loads as text with their unit ("102.5kg").

import "./dist/wasm_exec.js"; // Go's loader; defines globalThis.Go

const isNode = typeof process !== "undefined" && process.versions != null && process.versions.node != null;

async function wasmBytes(url) {
  if (isNode) {
    const { readFile } = await import("node:fs/promises");
    return readFile(url);
  }
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`repkit: fetching ${url}: ${res.status} ${res.statusText}`);
  }
  return res.arrayBuffer();
}

// call runs one Go call and returns its parsed JSON, or throws its error.
function call(f, ...args) {
  const [value, error] = f(...args);
  if (error !== "") {
    throw new Error(error);
  }
  return value === "" ? undefined : JSON.parse(value);
}

// dateText writes a Date as RFC 3339 in UTC, and passes text through.
function dateText(d) {
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) {
      throw new RangeError("repkit: today is an invalid Date; give a valid Date or RFC 3339 text");
    }
    return d.toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return String(d);
}

const text = (v) => (v === undefined || v === null ? "" : typeof v === "string" ? v : JSON.stringify(v));

let loading = null;

/**
 * load starts the WebAssembly module once and returns the API. In a
 * browser, options.wasmURL says where repkit.wasm is served (default: next
 * to this file). The module is loaded once per page or process: a later
 * call returns the same API, whatever options it gives.
 */
export function load(options = {}) {
  if (loading === null) {
    loading = start(options).catch((err) => {
      loading = null;
      throw err;
    });
  }
  return loading;
}

async function start(options) {
  const url = options.wasmURL ?? new URL("./dist/repkit.wasm", import.meta.url);
  const go = new globalThis.Go();
  const ready = new Promise((resolve) => {
    globalThis.repkitWasmReady = resolve;
  });
  const { instance } = await WebAssembly.instantiate(await wasmBytes(url), go.importObject);
  go.run(instance); // runs until the module exits, which it does not
  await ready;
  delete globalThis.repkitWasmReady;
  return api(globalThis.repkitWasm);
}

function api(w) {
  return {
    version: w.version,
    /** The catalog exercise with this ID, name or alias. */
    exercise: (q) => call(w.exercise, String(q)),
    /** Whether an exercise suits rest-pause, and why. */
    classify: (exercise) => call(w.classify, text(exercise)),
    /** A preset protocol by name: rest-pause, myo-reps, myo-rep-match, dc, dc-high. */
    protocol: (name) => call(w.protocol, String(name)),
    /** Which exercises of a session get a rest-pause set. */
    plan: (lifter, dose, entries) => call(w.plan, text(lifter), dose ?? "", text(entries)),
    /** Start a rest-pause set. */
    startSession: (protocol, start) => new Session(w, protocol, call(w.session, text(protocol), text(start), "", "")),
    /** Resume a set from its saved state. */
    resumeSession: (protocol, state) => new Session(w, protocol, call(w.session, text(protocol), "", text(state), "")),
    /** The Coach's one decision for an exercise's next session. */
    nextTime: ({ outings, coach, gym, equipment, today, dose }) =>
      call(w.nextTime, text(outings), text(coach), text(gym), equipment ?? "", dateText(today), dose ?? ""),
    /** Read a workout app's export: { history, skipped, warnings, utc_assumed }. */
    importHistory: (csv, options) => call(w.importHistory, String(csv), text(options)),
    /** A history's exercises as the Coach reads them. */
    historyLifts: (history) => call(w.historyLifts, text(history)),
  };
}

/**
 * A Session is one rest-pause set. It holds no Go memory: each call resumes
 * the set from its state, so save() is all an app stores between requests.
 */
class Session {
  #w;
  #protocol;
  #view;
  constructor(w, protocol, view) {
    this.#w = w;
    this.#protocol = text(protocol);
    this.#view = view;
  }
  /** What comes next: an activation set, a burst after a rest, or done. */
  next() {
    return this.#view.next;
  }
  /** The set so far. */
  record() {
    return this.#view.record;
  }
  /** Whether the set has ended. */
  get ended() {
    return this.#view.next.kind === "done";
  }
  /** The saved state, to store and give to resumeSession. */
  save() {
    return this.#view.state;
  }
  /** Apply one numbered event; a retried event is a no-op. */
  apply(event) {
    this.#view = call(this.#w.session, this.#protocol, "", text(this.#view.state), text(event));
    return this.#view.next;
  }
  /** Log the next entry (the activation set, then each burst), numbered for you. */
  log(burst) {
    if (burst === null || typeof burst !== "object") {
      throw new TypeError("repkit: log wants the entry the lifter did, such as { reps: 8, rest: 20 }");
    }
    const kind = this.#view.state.activated ? "burst" : "activation";
    return this.apply({ seq: this.#view.state.seq + 1, kind, burst });
  }
  /** End the set here. */
  end() {
    return this.apply({ seq: this.#view.state.seq + 1, kind: "done" });
  }
}
