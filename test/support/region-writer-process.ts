// Test support, not used by the app: another process that keeps writing to a database file (the
// region's name with a counter, as fast as it can), for the restore test: a restore must finish
// and leave a whole file while another connection writes.
//
//   node --import tsx test/support/region-writer-process.ts <file>
//
// It prints the number of writes done so far on every line it receives, and stops after the
// line "stop" (printing the last number).
import { createInterface } from 'node:readline';
import { openDatabase } from '../../db/connection';
import { touchRegion } from '../../db/repositories/test-helpers-backup';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('Gebruik: region-writer-process.ts <bestand>');
  process.exit(2);
}
const db = openDatabase(file);
let n = 0;
let running = true;
const loop = () => {
  if (!running) return;
  touchRegion(db, ++n);
  setImmediate(loop);
};
loop();
createInterface({ input: process.stdin }).on('line', (line) => {
  process.stdout.write(`${n}\n`);
  if (line.trim() === 'stop') {
    running = false;
    db.close();
    process.exit(0);
  }
});
