/**
 * `npm test`: every check of the project, in stages. A stage's steps run side by side, each its
 * commands in order; a stage starts when the one before it has passed. What runs together is
 * what leaves a core idle on its own: the formatting check and the type check are one process
 * each, and a browser test mostly waits on Chromium or a server, so the built site's tests and the
 * CMS's (which needs no build) share the machine. Each line of a step that runs beside another
 * is marked with its name; a table of times ends the run.
 *
 * `npm test -- --only cms` (or site, unit …) runs just the steps named.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { STAGES, type Step } from './stages.ts';

interface Outcome {
  name: string;
  seconds: number;
  ok: boolean;
}

function runCommand(step: Step, index: number, marked: boolean): Promise<boolean> {
  const { run, env } = step.commands[index]!;
  const [command = '', ...args] = run;
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: marked ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (marked)
    for (const stream of [child.stdout, child.stderr]) {
      const out = stream === child.stdout ? process.stdout : process.stderr;
      createInterface({ input: stream! }).on('line', (line) =>
        out.write(`[${step.name}] ${line}\n`),
      );
    }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`[${step.name}] ${command} could not start: ${error.message}\n`);
      resolve(false);
    });
    child.on('close', (code) => resolve(code === 0));
  });
}

async function runStep(step: Step, marked: boolean): Promise<Outcome> {
  const started = performance.now();
  let ok = true;
  for (let i = 0; i < step.commands.length && ok; i++) {
    process.stdout.write(`test: ${step.name}: ${step.commands[i]!.run.join(' ')}\n`);
    ok = await runCommand(step, i, marked);
  }
  return { name: step.name, seconds: (performance.now() - started) / 1000, ok };
}

async function main(): Promise<number> {
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set(process.argv.slice(onlyAt + 1)) : undefined;
  const started = performance.now();
  const outcomes: Outcome[] = [];
  for (const stage of STAGES) {
    const steps = stage.filter((s) => !only || only.has(s.name));
    if (steps.length === 0) continue;
    outcomes.push(...(await Promise.all(steps.map((s) => runStep(s, steps.length > 1)))));
    if (outcomes.some((o) => !o.ok)) break;
  }
  const total = (performance.now() - started) / 1000;
  process.stdout.write(
    `\ntest: ${outcomes.map((o) => `${o.name} ${o.seconds.toFixed(0)} s${o.ok ? '' : ' FAILED'}`).join(', ')}; all ${total.toFixed(0)} s\n`,
  );
  return outcomes.every((o) => o.ok) && outcomes.length > 0 ? 0 : 1;
}

process.exitCode = await main();
