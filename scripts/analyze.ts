// The analyzer CLI (DESIGN §5).
//   npm run -s analyze -- --jsonl FILE   one JSON line per input line on stdout, nothing else
//   npm run -s analyze -- "some text"    a readable report
// A malformed line gets an error on stderr and the run goes on; the exit code is
// non-zero only when the file cannot be read.

import { readFileSync } from 'node:fs';
import { createEngine, PLATFORMS, POST_KINDS, PRINCIPLE_LABELS, SOURCES, FLOWCHART, walkFlowchart, type AnalyzeContext, type Analysis, type SourceId } from '@/rules';

const engine = createEngine();

interface InputLine {
  id?: unknown;
  text?: unknown;
  platform?: unknown;
  kind?: unknown;
  images?: unknown;
}

function contextOf(input: InputLine): AnalyzeContext {
  const ctx: AnalyzeContext = {};
  if (PLATFORMS.includes(input.platform as never)) ctx.platform = input.platform as AnalyzeContext['platform'];
  if (POST_KINDS.includes(input.kind as never)) ctx.kind = input.kind as AnalyzeContext['kind'];
  if (typeof input.images === 'number' && input.images >= 0) ctx.images = input.images;
  return ctx;
}

function timed(text: string, ctx: AnalyzeContext): { analysis: Analysis; ms: number } {
  const started = performance.now();
  const analysis = engine.analyze(text, ctx);
  return { analysis, ms: Math.round((performance.now() - started) * 1000) / 1000 };
}

function runJsonl(file: string): number {
  let content: string;
  try {
    content = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`analyze: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const out: string[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    let input: InputLine;
    try {
      input = JSON.parse(line);
    } catch (error) {
      process.stderr.write(`${JSON.stringify({ line: index + 1, error: `invalid JSON: ${(error as Error).message}` })}\n`);
      return;
    }
    const id = input && typeof input === 'object' ? input.id : undefined;
    if (!input || typeof input !== 'object' || typeof input.text !== 'string') {
      process.stderr.write(`${JSON.stringify({ id: id ?? null, line: index + 1, error: 'missing "text" string' })}\n`);
      return;
    }
    const { analysis, ms } = timed(input.text, contextOf(input));
    out.push(
      JSON.stringify({
        id,
        verdict: analysis.verdict,
        language: analysis.language,
        findings: analysis.findings.map((f) => ({
          rule: f.rule,
          principle: f.principle,
          severity: f.severity,
          excerpt: f.excerpt,
          start: f.start,
          end: f.end,
          citations: f.citations.map((c) => ({ source: c.source, section: c.section })),
        })),
        ms,
      }),
    );
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  });
  if (out.length) process.stdout.write(out.join('\n') + '\n');
  return 0;
}

function report(text: string): void {
  const { analysis, ms } = timed(text, {});
  const walk = walkFlowchart(analysis.findings);
  const lines = [`Verdict: ${analysis.verdict.toUpperCase()}   language: ${analysis.language}   (${ms} ms)`];
  if (!analysis.findings.length) lines.push('No findings.');
  for (const f of analysis.findings) {
    lines.push('', `[${f.severity}] ${PRINCIPLE_LABELS[f.principle].en} — ${f.rule}`, `  «${f.excerpt}» (${f.start}–${f.end})`, `  ${f.message.en}`);
    for (const c of f.citations) {
      const source = SOURCES[c.source as SourceId]?.short ?? c.source;
      lines.push(`  · ${source}, ${c.section}: « ${c.quote} »`, `    (${c.en})`);
    }
  }
  const questionText = (id: string) => FLOWCHART.questions.find((q) => q.id === id)?.text.en ?? id;
  lines.push('', `Flowchart: ${FLOWCHART.outcomes[walk.outcome].label.en}`);
  for (const id of walk.path) lines.push(`  ${questionText(id)} → ${walk.answers[id] ?? '(assumed)'}`);
  process.stdout.write(lines.join('\n') + '\n');
}

function main(argv: string[]): number {
  const jsonlAt = argv.indexOf('--jsonl');
  if (jsonlAt >= 0) {
    const file = argv[jsonlAt + 1];
    if (!file) {
      process.stderr.write('usage: analyze --jsonl FILE | analyze "text"\n');
      return 2;
    }
    return runJsonl(file);
  }
  const text = argv.join(' ');
  if (!text.trim()) {
    process.stderr.write('usage: analyze --jsonl FILE | analyze "text"\n');
    return 2;
  }
  report(text);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
