#!/usr/bin/env node
// Benchmark peer: npm bpmn-engine running the approval process in memory, one instance in flight.
// Method: shared/docs/performance.md section 3.1. Driven by scripts/bench/engine.sh, which installs
// this folder into a scratch directory; the C# side (engine/bench/Workflow.Engine.Bench) prints the
// same final RESULT line.
//
//   node bench.mjs [--instances N (2000)] [--warmup W (200)]
//
// A step is the start (execute() until the first wait state) or one user-task signal
// (execution.signal({ id }) until the next wait state or the engine's end). Every instance has
// 4 steps: start, Submit, ManagerApproval, FinanceApproval. A step's latency runs from the call
// until the listener sees the next `activity.wait` or the engine emits `end`.
// The BPMN XML is parsed once and the serialized context is shared by every instance, like a
// definition cache (performance.md 3.1 default); each instance gets its own Engine.
//
// The last line printed is exactly one
//   RESULT {"engine":"bpmn-engine 25.0.1","instances":N,"steps":S,"seconds":T,"stepsPerSec":X,"p50Ms":A,"p99Ms":B}
// where seconds covers the N measured instances (warm-up excluded) and p50/p99 are nearest-rank
// percentiles over all S = 4N measured step latencies.

import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as elements from 'bpmn-elements';
import { Engine } from 'bpmn-engine';
import BpmnModdle from 'bpmn-moddle';
import Serializer, { TypeResolver } from 'moddle-context-serializer';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// The user tasks every instance must wait at, in order; null = the engine's end.
const EXPECTED_STOPS = ['Submit', 'ManagerApproval', 'FinanceApproval', null];
const STEPS_PER_INSTANCE = EXPECTED_STOPS.length;
const STALL_LIMIT_MS = 30_000;

function usage(message) {
  if (message) console.error(`bench.mjs: ${message}`);
  console.error('usage: node bench.mjs [--instances N] [--warmup W]   (defaults: 2000, 200)');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { instances: 2000, warmup: 200 };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--help' || arg === '-h') usage();
    if (arg !== '--instances' && arg !== '--warmup') usage(`unknown argument ${argv[i]}`);
    if (value === undefined) value = argv[++i];
    if (value === undefined || !/^\d+$/.test(value)) usage(`${arg} needs a non-negative integer`);
    options[arg.slice(2)] = Number(value);
  }
  if (options.instances < 1) usage('--instances must be at least 1');
  return options;
}

function packageInfo(name) {
  // bpmn-engine and friends do not export ./package.json; walk up from the resolved entry point.
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.name === name) return { dir, version: pkg.version };
  }
  throw new Error(`cannot find package.json of ${name}`);
}

// The serialized context must be built with the same bpmn-elements / moddle copies the engine
// imports; with a nested copy under bpmn-engine/node_modules they would differ.
function assertSharedModules(engineDir) {
  for (const name of ['bpmn-elements', 'bpmn-moddle', 'moddle-context-serializer']) {
    if (existsSync(join(engineDir, 'node_modules', name))) {
      throw new Error(`bpmn-engine has its own nested ${name}; the shared source context would use a different copy`);
    }
  }
}

// Parse once, serialize once: the documented addSource/sourceContext path of bpmn-engine's API.
async function loadSourceContext(xml) {
  const moddleContext = await new BpmnModdle().fromXML(xml);
  if (moddleContext.warnings?.length) {
    const text = moddleContext.warnings.map((w) => w.message).join('; ');
    throw new Error(`approval.bpmn has parse warnings: ${text}`);
  }
  return Serializer(moddleContext, TypeResolver({ ...elements }));
}

let progress = 0; // bumped at every step; the stall watchdog reads it

// Runs one approval instance to its end. Stores its 4 step latencies (ns) into steps[at..at+3]
// and returns the whole-instance time in ns.
async function runInstance(sourceContext, name, steps, at) {
  const listener = new EventEmitter();
  let pending = null;
  let failure = null;

  const nextStop = () =>
    new Promise((resolve, reject) => {
      if (failure) return reject(failure);
      pending = { resolve, reject };
    });
  const stopped = (id) => {
    const t = process.hrtime.bigint();
    const p = pending;
    pending = null;
    if (!p) {
      failure ??= new Error(`${name}: unexpected stop at ${id ?? 'end'} while no step was in flight`);
      return;
    }
    p.resolve({ t, id });
  };

  listener.on('activity.wait', (api) => stopped(api.id));
  const engine = new Engine({ name, sourceContext });
  engine.once('end', () => stopped(null));
  engine.once('error', (err) => {
    failure ??= err;
    const p = pending;
    pending = null;
    p?.reject(err);
  });

  let stop = nextStop();
  const t0 = process.hrtime.bigint();
  const execution = await engine.execute({ listener, variables: { needsFinance: true } });
  let seen = await stop;
  steps[at] = Number(seen.t - t0);
  check(name, 0, seen.id);
  progress++;

  for (let k = 1; k < STEPS_PER_INSTANCE; k++) {
    stop = nextStop();
    const t = process.hrtime.bigint();
    execution.signal({ id: seen.id });
    const next = await stop;
    steps[at + k] = Number(next.t - t);
    check(name, k, next.id);
    seen = next;
    progress++;
  }
  if (failure) throw failure;
  return Number(seen.t - t0);
}

function check(name, k, id) {
  if (id !== EXPECTED_STOPS[k]) {
    throw new Error(`${name}: step ${k + 1} stopped at ${id ?? 'end'}, expected ${EXPECTED_STOPS[k] ?? 'end'}`);
  }
}

// Nearest-rank percentile of an ascending array: the value at rank ceil(p/100 * n).
function percentile(sorted, p) {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

const ms = (ns) => ns / 1e6;
const round = (x, digits) => Number(x.toFixed(digits));
const fmt = (ns) => ms(ns).toFixed(3);

function summarize(label, values) {
  const sorted = Float64Array.from(values).sort();
  return {
    sorted,
    line: `${label.padEnd(24)} p50 ${fmt(percentile(sorted, 50))}  p90 ${fmt(percentile(sorted, 90))}  p99 ${fmt(percentile(sorted, 99))}  max ${fmt(sorted[sorted.length - 1])} ms`,
  };
}

async function main() {
  const { instances, warmup } = parseArgs(process.argv.slice(2));
  const engineInfo = packageInfo('bpmn-engine');
  assertSharedModules(engineInfo.dir);
  const engineLabel = `bpmn-engine ${engineInfo.version}`;

  const xml = readFileSync(join(here, 'approval.bpmn'), 'utf8');
  const tParse = process.hrtime.bigint();
  const sourceContext = await loadSourceContext(xml);
  const parseNs = Number(process.hrtime.bigint() - tParse);

  console.log(
    `peer: ${engineLabel} (bpmn-elements ${packageInfo('bpmn-elements').version}, bpmn-moddle ${packageInfo('bpmn-moddle').version}) on node ${process.versions.node}`
  );
  console.log(`process: approval.bpmn (3 user tasks + XOR, needsFinance=true), parsed once in ${fmt(parseNs)} ms, serialized context shared`);
  console.log(`run: ${warmup} warm-up + ${instances} measured instances, 1 in flight, ${STEPS_PER_INSTANCE} steps each`);

  let lastProgress = -1;
  const watchdog = setInterval(() => {
    if (progress === lastProgress) {
      console.error(`bench.mjs: no step completed in ${STALL_LIMIT_MS / 1000} s, giving up`);
      process.exit(1);
    }
    lastProgress = progress;
  }, STALL_LIMIT_MS);
  watchdog.unref();

  const warmSteps = new Float64Array(STEPS_PER_INSTANCE);
  const tWarm = process.hrtime.bigint();
  for (let i = 0; i < warmup; i++) await runInstance(sourceContext, `warmup-${i}`, warmSteps, 0);
  if (warmup > 0) console.log(`warm-up: ${warmup} instances in ${(Number(process.hrtime.bigint() - tWarm) / 1e9).toFixed(3)} s`);

  const steps = new Float64Array(instances * STEPS_PER_INSTANCE);
  const whole = new Float64Array(instances);
  const tStart = process.hrtime.bigint();
  for (let i = 0; i < instances; i++) {
    whole[i] = await runInstance(sourceContext, `instance-${i}`, steps, i * STEPS_PER_INSTANCE);
  }
  const seconds = Number(process.hrtime.bigint() - tStart) / 1e9;
  clearInterval(watchdog);

  const stepCount = steps.length;
  const all = summarize('step (all 4)', steps);
  const starts = summarize('start -> first wait', steps.filter((_, j) => j % STEPS_PER_INSTANCE === 0));
  const signals = summarize('signal -> next wait/end', steps.filter((_, j) => j % STEPS_PER_INSTANCE !== 0));
  const instanceStats = summarize('whole instance', whole);

  console.log(`measured: ${instances} instances, ${stepCount} steps in ${seconds.toFixed(3)} s`);
  console.log(`throughput: ${(instances / seconds).toFixed(1)} instances/s, ${(stepCount / seconds).toFixed(1)} steps/s`);
  for (const s of [all, starts, signals, instanceStats]) console.log(s.line);

  const result = {
    engine: engineLabel,
    instances,
    steps: stepCount,
    seconds: round(seconds, 4),
    stepsPerSec: round(stepCount / seconds, 1),
    p50Ms: round(ms(percentile(all.sorted, 50)), 4),
    p99Ms: round(ms(percentile(all.sorted, 99)), 4),
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((err) => {
  console.error(`bench.mjs: ${err?.stack ?? err}`);
  process.exit(1);
});
