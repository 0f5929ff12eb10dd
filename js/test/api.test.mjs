// node --test over the package's API: every call, a whole rest-pause set
// saved and resumed mid-way, retries, bad input, and the size budget.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { load } from "../index.js";

const repkit = await load();

test("exercise and classify", () => {
  const fly = repkit.exercise("Cable Fly");
  assert.equal(fly.id, "cable-fly");
  assert.equal(repkit.exercise("cable-fly").name, "Cable Fly");
  const a = repkit.classify(fly);
  assert.equal(a.verdict, "suitable");
  const bench = repkit.classify(repkit.exercise("barbell-bench-press"));
  assert.equal(bench.verdict, "unsuitable");
  assert.ok(Array.isArray(bench.reasons) && bench.reasons.includes("hard-stop"), JSON.stringify(bench));
  assert.throws(() => repkit.exercise("no such lift"), /not found/);
});

test("a whole set, saved and resumed mid-way, with a retried request", () => {
  const protocol = repkit.protocol("myo-reps");
  assert.equal(protocol.name, "myo-reps");
  const start = { date: "2026-03-02T18:00:00Z", exercise: "Cable Fly", exercise_id: "cable-fly", load: "15kg" };
  let s = repkit.startSession(protocol, start);
  assert.equal(s.next().kind, "activation");
  assert.deepEqual(s.next().reps, { min: 12, max: 20 });
  s.log({ reps: 15, effort: "rpe 8.5" });
  assert.equal(s.next().kind, "burst");

  // A server stores the state as text and resumes it on the next request.
  const stored = JSON.stringify(s.save());
  s = repkit.resumeSession(protocol, JSON.parse(stored));
  const burst = { seq: 2, kind: "burst", burst: { reps: 5, rest: 20 } };
  s.apply(burst);
  s.apply(burst); // retried: a no-op
  assert.equal(s.save().seq, 2);
  assert.throws(() => s.apply({ seq: 2, kind: "burst", burst: { reps: 4, rest: 20 } }), /conflict|already/i);
  for (const reps of [4, 2]) {
    if (!s.ended) s.log({ reps, rest: 22.5 });
  }
  if (!s.ended) s.end();
  assert.equal(s.ended, true);
  const r = s.record();
  assert.equal(r.activation.reps, 15);
  assert.deepEqual(r.bursts.map((b) => b.reps).slice(0, 2), [5, 4]);
  assert.equal(r.bursts[0].rest, 20);
  assert.notEqual(r.stop.reason, "continue");
});

test("plan and next time", () => {
  const fly = repkit.exercise("cable-fly");
  const plan = repkit.plan({ experience: "intermediate" }, "full", [
    { exercise: fly, slot: "accessory", sets: { sets: 3, reps: 15, rest: 90 } },
  ]);
  assert.equal(plan.items[0].choice, "rest-pause");
  // 3 x 15 replaced by 15 and two bursts of 3-5: at most 25 reps (15 + 2 x 5).
  assert.equal(plan.items[0].replacement.activation, 15);
  assert.equal(plan.items[0].replacement.total_reps, 25);
  assert.equal(plan.items[0].replacement.replaced, 45);

  let s = repkit.startSession(repkit.protocol("dc"), { date: "2026-03-02T18:00:00Z", exercise: "Leg Press", exercise_id: "leg-press", load: "100kg" });
  s.log({ reps: 8, effort: "rir 0" });
  while (!s.ended) s.log({ reps: 4, rest: 15 });
  const rec = s.record();
  const next = repkit.nextTime({ outings: [{ date: rec.date, load: rec.load, rest_pause: [rec] }], equipment: "machine", today: "2026-03-09T18:00:00Z", dose: "full" });
  // DC's total is 11-15; 8+4+4 = 16 is above it: one machine step up.
  assert.equal(next.action, "add-load", JSON.stringify(next));
  assert.equal(next.load, "102.5kg");
  assert.equal(next.from, "100kg");
});

test("import an export's text", () => {
  const csv = [
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE",
    "2026-03-02 18:00:00,Push,50m,Bench Press (Barbell),1,80,8,,,,,8",
    "2026-03-02 18:00:00,Push,50m,Bench Press (Barbell),2,80,x,,,,,",
    "2026-03-09 18:00:00,Push,50m,Bench Press (Barbell),1,82.5,8,,,,,8",
  ].join("\n");
  const got = repkit.importHistory(csv, { unit: "kg", time_zone: "Europe/Berlin", lenient: true });
  assert.equal(got.history.source, "strong");
  assert.equal(got.history.workouts.length, 2);
  assert.equal(got.skipped.length, 1);
  assert.equal(got.skipped[0].line, 3);
  assert.match(got.history.workouts[0].start, /\+01:00$/);
  assert.throws(() => repkit.importHistory(csv, {}), /unit/);
  const lifts = repkit.historyLifts(got.history);
  assert.equal(lifts.length, 1);
  assert.equal(lifts[0].outings.length, 2);
});

test("bad input is an error naming what to give, never a crash", () => {
  assert.throws(() => repkit.classify("{"), /exercise/);
  assert.throws(() => repkit.protocol("myo reps please"), /protocol|name/i);
  assert.throws(() => repkit.startSession(repkit.protocol("dc"), { date: "2026-03-02T18:00:00Z", exercise: "x", load: "heavy" }), /load/);
  assert.throws(() => repkit.startSession({ nme: "typo" }, {}), /unknown field|nme/);
  assert.throws(() => repkit.nextTime({ outings: [], equipment: "anvil", today: "2026-03-09T18:00:00Z" }), /equipment|anvil/);
  assert.throws(() => repkit.startSession(repkit.protocol("dc"), { date: "2026-03-02T18:00:00Z", exercise: "Leg Press", load: "100kg" }).log(undefined), /log wants the entry/);
  assert.throws(() => repkit.nextTime({ outings: [], equipment: "machine", today: new Date("nope") }), /invalid Date/);
  assert.throws(() => repkit.importHistory("Date\n", { time_zone: "Local" }), /time zone/);
  // The module keeps working after errors.
  assert.equal(repkit.exercise("cable-fly").id, "cable-fly");
});

// The sizes README.md records, and the budget they must stay within.
const budget = { raw: 6.5e6, gzip: 1.8e6 };
test("size budget", async () => {
  const wasm = await readFile(new URL("../dist/repkit.wasm", import.meta.url));
  const raw = (await stat(new URL("../dist/repkit.wasm", import.meta.url))).size;
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`repkit.wasm: ${raw} bytes raw, ${gz} bytes gzipped (budget ${budget.raw} / ${budget.gzip})`);
  assert.ok(raw <= budget.raw, `repkit.wasm is ${raw} bytes, over the ${budget.raw} budget`);
  assert.ok(gz <= budget.gzip, `repkit.wasm gzipped is ${gz} bytes, over the ${budget.gzip} budget`);
});
