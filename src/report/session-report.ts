import type { Case } from '../cases/schema.js';
import { STEP_TITLES } from '../cases/steps.js';
import type { Grade, StepResult } from '../grading/types.js';
import type { Session, SessionItem } from '../interview/session.js';
import { escapeHtml, escapeMarkdownHtml } from '../text/inert.js';
import { formatDuration } from '../ui/text.js';
import { criterionName } from '../ui/grade-report.js';
import { markdownTranscript } from '../ui/transcript.js';
import type { ConversationSummary } from '../grading/conversation.js';

/**
 * Markdown renderers may pass HTML through, so text from outside cannot open a tag or an entity
 * ("<", ">" and "&" are escaped); quotes are left as typed, so the file also reads as plain text.
 */
const md = escapeMarkdownHtml;

/**
 * A shareable report of one session, as Markdown or as one self-contained HTML page: the
 * answers, the grades with their evidence, and the pacing.
 */

interface Block {
  title: string;
  question: string;
  item: SessionItem;
  result: StepResult | undefined;
}

function blocks(session: Session, cases: Map<string, Case>, grade: Grade | undefined): Block[] {
  return session.items.map((item) => {
    const c = cases.get(item.caseId);
    const step = c?.steps.find((s) => s.id === item.step);
    const result = (grade?.case === item.caseId ? grade.steps.find((s) => s.step === item.step) : undefined) ?? item.result ?? undefined;
    const prefix = new Set(session.items.map((i) => i.caseId)).size > 1 ? `${c?.title ?? item.caseId}: ` : '';
    return { title: `${prefix}${STEP_TITLES[item.step]}`, question: step?.question ?? '', item, result };
  });
}

function latestGrade(session: Session): Grade | undefined {
  return session.grades[session.grades.length - 1]?.grade;
}

function graderLine(session: Session): string {
  const g = session.grader;
  if (!g) return 'not graded';
  return g.kind === 'offline' ? `offline grader (${g.promptVersion})` : `${g.model} (prompt ${g.promptVersion})`;
}

export function markdownReport(session: Session, cases: Map<string, Case>): string {
  const grade = latestGrade(session);
  const titles = [...new Set(session.items.map((i) => cases.get(i.caseId)?.title ?? i.caseId))];
  const out: string[] = [];
  out.push(`# ${session.kind === 'mock' ? 'Mock interview' : 'Drill'}: ${titles.join(', ')}`, '');
  out.push(`- Session: \`${session.id}\``, `- Date: ${session.createdAt.slice(0, 16).replace('T', ' ')} UTC`, `- Graded by: ${graderLine(session)}`);
  if (grade) out.push(`- Overall: **${grade.score}/100**, hire signal: **${grade.hire}**`);
  out.push('');
  if (grade) {
    out.push('## By dimension', '', '| Dimension | Score |', '|---|---|');
    for (const [d, s] of Object.entries(grade.dimensions)) out.push(`| ${d} | ${s} |`);
    out.push('');
  }
  const paced = session.items.filter((i) => i.budgetMs);
  if (paced.length > 0) {
    out.push('## Pacing', '', '| Step | Used | Budget |', '|---|---|---|');
    for (const i of paced) out.push(`| ${STEP_TITLES[i.step]} | ${formatDuration(i.elapsedMs)} | ${formatDuration(i.budgetMs!)} |`);
    out.push('');
  }
  const c = cases.get(session.items[0]!.caseId);
  if (session.conversation && c) out.push(...markdownConversation(session, session.conversation, c));
  for (const b of blocks(session, cases, grade)) {
    out.push(`## ${b.title}${b.result ? ` (${b.result.score}/100)` : ''}`, '', `*${md(b.question)}*`, '');
    for (const q of b.item.questions) out.push(`> **Q:** ${md(q.question)}  `, `> **A:** ${md(q.reply)}`, '');
    const answer = b.item.answer || b.item.draft;
    out.push(answer ? md(answer).split('\n').map((l) => `> ${l}`).join('\n') : '_Unanswered._', '');
    for (const f of b.item.followUps) {
      const moved = f.scores ? ` (step ${f.scores.before} → ${f.scores.after})` : f.skipped ? ' (passed)' : '';
      out.push(`**Follow-up${moved}:** ${md(f.probe)}`, '', f.answer ? md(f.answer).split('\n').map((l) => `> ${l}`).join('\n') : '_Not answered._', '');
    }
    if (b.result) {
      out.push('| Criterion | Dimension | Points | Evidence |', '|---|---|---|---|');
      const bc = cases.get(b.item.caseId);
      for (const k of b.result.criteria) {
        const evidence = k.evidence.length > 0 ? k.evidence.map((e) => `"${md(e).replace(/\|/g, '\\|')}"`).join('<br>') : '-';
        const name = md(criterionName(bc, b.item.step, k.id)).replace(/\|/g, '\\|');
        out.push(`| ${name}${k.prompted ? ' (after a probe)' : ''} | ${k.dimension} | ${Math.round(k.score)}/${Math.round(k.max)} | ${evidence} |`);
      }
      // As the grade shows it: below half a level is "not found"; from there it was named.
      const missing = b.result.criteria.filter((k) => k.level < 0.5).map((k) => md(criterionName(bc, b.item.step, k.id)));
      if (missing.length > 0) out.push('', `**Not found in your answer:** ${missing.join('; ')}`);
      out.push('', `**Improve:** ${md(b.result.improvement)}`, '');
      const points = bc?.steps.find((st) => st.id === b.item.step)?.talkingPoints ?? [];
      if (points.length > 0) out.push('**What a strong answer says:**', '', ...points.map((p) => `- ${md(p)}`), '');
      for (const f of b.result.flags.filter((x) => x.kind !== 'unanswered')) out.push(`- ⚠ ${f.kind}: ${md(f.message)}${f.effect ? ` (${f.effect})` : ''}`);
      if (b.result.flags.length > 0) out.push('');
    }
  }
  if ((session.transcript ?? []).length > 0) out.push('## Transcript', '', markdownTranscript(session, md));
  return out.join('\n');
}

function markdownConversation(session: Session, summary: ConversationSummary, c: Case): string[] {
  const out: string[] = ['## The interview', ''];
  const target = summary.verdicts.find((v) => v.level === summary.level)!;
  out.push(`- Target level: **${summary.level}**, signal **${target.hire}**${target.reasons.length > 0 ? ` (${target.reasons.join('; ')})` : ''}`);
  out.push(`- At each level: ${summary.verdicts.map((v) => `${v.level} ${v.hire}`).join(', ')}`);
  out.push(`- Raised unprompted: ${Math.round(summary.unprompted * 100)}% of the rubric explained before any probe`);
  const off = summary.estimates.filter((e) => !e.ok);
  out.push(`- Estimates checked: ${summary.estimates.length}, ${off.length} off by more than 3x`);
  for (const e of off) out.push(`  - ${md(e.claim)}: ${md(e.note ?? '')}`);
  out.push('');
  for (const result of [summary.twist, summary.deepDive]) {
    if (!result) continue;
    const entry = result.kind === 'twist' ? c.twists.find((t) => t.id === result.id) : c.deepDives.find((d) => d.id === result.id);
    const title = result.kind === 'twist' ? 'Changed requirement' : `Deep dive: ${md((entry as { topic?: string } | undefined)?.topic ?? result.id)}`;
    out.push(`### ${title} (${result.score}/100)`, '');
    for (const e of (session.exchanges ?? []).filter((x) => x.kind === result.kind)) {
      out.push(`*${md(e.question)}*`, '', (e.answer || e.draft) ? md(e.answer || e.draft).split('\n').map((l) => `> ${l}`).join('\n') : '_Unanswered._', '');
    }
    for (const k of result.criteria) {
      const description = entry?.criteria.find((x) => x.id === k.id)?.description ?? k.id;
      out.push(`- ${k.level >= 2 ? '✓' : k.level > 0 ? '~' : '✗'} ${k.kind === 'keep' && !/^keeps?\b/i.test(description) ? 'Keeps: ' : ''}${md(description)}`);
    }
    out.push('');
  }
  return out;
}

const esc = escapeHtml;

function paragraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function htmlReport(session: Session, cases: Map<string, Case>): string {
  const grade = latestGrade(session);
  const titles = [...new Set(session.items.map((i) => cases.get(i.caseId)?.title ?? i.caseId))];
  const title = `${session.kind === 'mock' ? 'Mock interview' : 'Drill'}: ${titles.join(', ')}`;
  const meter = (score: number) => `<span class="meter"><span style="width:${score}%"></span></span> ${score}`;
  const parts: string[] = [];
  parts.push(`<h1>${esc(title)}</h1>`);
  parts.push(`<p class="meta">Session <code>${esc(session.id)}</code> · ${esc(session.createdAt.slice(0, 16).replace('T', ' '))} UTC · graded by ${esc(graderLine(session))}</p>`);
  if (grade) {
    parts.push(`<p class="overall">Overall <strong>${grade.score}/100</strong> · hire signal <strong>${esc(grade.hire)}</strong></p>`);
    parts.push('<h2>By dimension</h2><table>');
    for (const [d, s] of Object.entries(grade.dimensions)) parts.push(`<tr><td>${esc(d)}</td><td>${meter(s)}</td></tr>`);
    parts.push('</table>');
  }
  const paced = session.items.filter((i) => i.budgetMs);
  if (paced.length > 0) {
    parts.push('<h2>Pacing</h2><table><tr><th>Step</th><th>Used</th><th>Budget</th></tr>');
    for (const i of paced) {
      const over = i.elapsedMs > i.budgetMs! ? ' class="over"' : '';
      parts.push(`<tr${over}><td>${esc(STEP_TITLES[i.step])}</td><td>${formatDuration(i.elapsedMs)}</td><td>${formatDuration(i.budgetMs!)}</td></tr>`);
    }
    parts.push('</table>');
  }
  for (const b of blocks(session, cases, grade)) {
    parts.push(`<section><h2>${esc(b.title)}${b.result ? ` <small>${b.result.score}/100</small>` : ''}</h2><p class="question">${esc(b.question)}</p>`);
    for (const q of b.item.questions) parts.push(`<p class="qa"><b>Q:</b> ${esc(q.question)}<br><b>A:</b> ${esc(q.reply)}</p>`);
    const answer = b.item.answer || b.item.draft;
    parts.push(`<blockquote>${answer ? paragraphs(answer) : '<em>Unanswered.</em>'}</blockquote>`);
    for (const f of b.item.followUps) parts.push(`<p><b>Follow-up${f.scores ? ` (step ${f.scores.before} → ${f.scores.after})` : f.skipped ? ' (passed)' : ''}:</b> ${esc(f.probe)}</p><blockquote>${f.answer ? paragraphs(f.answer) : '<em>Not answered.</em>'}</blockquote>`);
    if (b.result) {
      parts.push('<table><tr><th>Criterion</th><th>Dimension</th><th>Points</th><th>Evidence</th></tr>');
      const bc = cases.get(b.item.caseId);
      for (const k of b.result.criteria) {
        const evidence = k.evidence.map((e) => `<q>${esc(e)}</q>`).join('<br>') || '-';
        parts.push(`<tr><td>${esc(criterionName(bc, b.item.step, k.id))}${k.prompted ? ' <small>(after a probe)</small>' : ''}</td><td>${esc(k.dimension)}</td><td>${Math.round(k.score)}/${Math.round(k.max)}</td><td>${evidence}</td></tr>`);
      }
      parts.push(`</table><p class="improve"><b>Improve:</b> ${esc(b.result.improvement)}</p>`);
      const points = bc?.steps.find((st) => st.id === b.item.step)?.talkingPoints ?? [];
      if (points.length > 0) parts.push(`<details><summary>What a strong answer says</summary><ul>${points.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></details>`);
      for (const f of b.result.flags.filter((x) => x.kind !== 'unanswered')) parts.push(`<p class="flag">⚠ ${esc(f.kind)}: ${esc(f.message)}</p>`);
    }
    parts.push('</section>');
  }
  const summary = session.conversation;
  if (summary) {
    const target = summary.verdicts.find((v) => v.level === summary.level)!;
    parts.push(`<h2>The interview</h2><p>Target level <strong>${esc(summary.level)}</strong>: <strong>${esc(target.hire)}</strong>${target.reasons.length > 0 ? ` (${esc(target.reasons.join('; '))})` : ''}. At each level: ${esc(summary.verdicts.map((v) => `${v.level} ${v.hire}`).join(', '))}. Raised unprompted: ${Math.round(summary.unprompted * 100)}% of the rubric.${summary.twist ? ` Changed requirement: ${summary.twist.score}/100.` : ''}${summary.deepDive ? ` Deep dive: ${summary.deepDive.score}/100.` : ''} Estimates checked: ${summary.estimates.length}, ${summary.estimates.filter((e) => !e.ok).length} off.</p>`);
  }
  if ((session.transcript ?? []).length > 0) {
    parts.push('<h2>Transcript</h2>');
    for (const t of session.transcript!) {
      parts.push(`<p class="turn"><b>${t.who === 'interviewer' ? 'Interviewer' : 'You'}</b>${t.step ? ` <small>${esc(STEP_TITLES[t.step])}, ${esc(t.kind)}</small>` : ''}</p>${paragraphs(t.text || '(nothing typed)')}`);
    }
  }
  const css = `body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}small{color:#666}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
blockquote{background:#f6f6f8;margin:.5rem 0;padding:.5rem 1rem;border-left:3px solid #888}.meta{color:#666}
.meter{display:inline-block;width:8rem;height:.6rem;background:#eee;vertical-align:middle}.meter span{display:block;height:100%;background:#3a7}
tr.over td{background:#fff4e0}.flag{color:#a30}.question{font-style:italic}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`;
}
