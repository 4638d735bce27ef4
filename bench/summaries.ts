/**
 * Key-bullet quality on CNN/DailyMail: ROUGE-1/2/Lsum F1 of our bullets against the reference
 * highlights, beside Lead-3 (the first three sentences, same splitter) scored by the same code;
 * then the same stories pasted as one paragraph with no title line, read by the pasted-text reader.
 * Usage: npm run bench:summaries [-- path/to/cnndm.json]
 */
import { measureSummaries, type SystemScores } from './lib/summaries.ts';

const { articles, lead3: lead, ours, pasted } = measureSummaries(process.argv[2]);
const row = (name: string, s: SystemScores) =>
  `| ${name.padEnd(9)} | ${s.rouge1.toFixed(2).padStart(7)} | ${s.rouge2.toFixed(2).padStart(7)} | ${s.rougeLsum.toFixed(2).padStart(9)} | ${s.words.toFixed(1).padStart(9)} |`;
const delta = (a: number, b: number) => `${a - b >= 0 ? '+' : ''}${(a - b).toFixed(2)}`;
console.log(`CNN/DM summaries: ${articles} articles, ROUGE F1 x100 vs highlights\n`);
console.log('| system    | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | avg words |');
console.log('|-----------|---------|---------|-----------|-----------|');
console.log(row('Lead-3', lead));
console.log(row('NewsBrief', ours));
const deltas = [ours.rouge1 - lead.rouge1, ours.rouge2 - lead.rouge2, ours.rougeLsum - lead.rougeLsum];
console.log(
  `| delta     | ${delta(ours.rouge1, lead.rouge1).padStart(7)} | ${delta(ours.rouge2, lead.rouge2).padStart(7)} | ${delta(ours.rougeLsum, lead.rougeLsum).padStart(9)} |           |`,
);
console.log(`\nTarget (each delta >= +1.00): ${deltas.every((value) => value >= 1) ? 'met' : 'NOT met'}`);

// The same stories pasted as one paragraph with no title line, through the pasted-text reader.
console.log(`\nPasted as one paragraph, no title line (${pasted.empty} of ${articles} got no summary):\n`);
console.log('| system    | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | avg words |');
console.log('|-----------|---------|---------|-----------|-----------|');
console.log(row('Lead-3', lead));
console.log(row('pasted', pasted));
console.log(
  `| delta     | ${delta(pasted.rouge1, lead.rouge1).padStart(7)} | ${delta(pasted.rouge2, lead.rouge2).padStart(7)} | ${delta(pasted.rougeLsum, lead.rougeLsum).padStart(9)} |           |`,
);
