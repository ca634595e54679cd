// bench/workload.sh's load generator: people's requests to the REST API at a fixed arrival rate,
// stepped up. No dependencies beyond Node itself (node:http with keep-alive connections).
//
//   node generator.mjs --port P --accounts FILE --run ID --acked FILE [options]
//
// Open loop: request i of a step is due at start + i / rate and is sent then, whether or not the
// earlier ones have been answered, so that a server falling behind sees its queue grow; a request's
// latency runs from when it was due, not from when a connection was free to send it.
//
// Each request is one account's, drawn with Zipf-like popularity (the account of rank k is drawn in
// proportion to 1 / k^s; the ranks are a seeded shuffle of the accounts), and is, by draw: 60% GET
// /api/v1/today, 20% GET /api/v1/habits/{id}/progress of one of the account's active habits, 20% POST
// /api/v1/check-ins on one of them with a client id never used before (wl-RUN-SEQUENCE), a quarter
// of them with tightness before and after, a few with a note.
//
// The accounts file has one line per account: its person id and its active habits' ids, separated
// by commas; its token is 'unk_wl' and the person id padded to 41 digits (see load.sql).
//
// Options:
//   --rates 25,50,...     the arrival rates stepped through, requests per second, rising
//   --seconds S           measured seconds per step (20); each step runs --lead seconds (5) first,
//                         unmeasured, at its rate
//   --prime N             before anything else, GET /api/v1/today once for every account, N at a
//                         time (4; 0: not at all), unmeasured: what a server that has run for a
//                         while has made and kept for each person (e.g. habits' standings) is there
//   --warmup S            seconds at --warmup-rate (30 s, 100/s) before the first step, unmeasured,
//                         so that the JIT has compiled the hot paths
//   --zipf S              the popularity exponent (1.0)
//   --mix T,P,C           the shares of Today, progress and check-ins (60,20,20)
//   --sockets N           connections at most (256); beyond that, requests wait for one
//   --timeout MS          a request unanswered this long is an error (30000)
//   --server-pid PID      the server's JVM: its CPU (utime + stime) and RSS from /proc
//   --postgres-pid PID    the postmaster: CPU of its processes serving --database, and of its WAL
//                         writer, checkpointer, background writer and autovacuum
//   --database NAME, --clk-tck N (100)
//   --summary FILE        where the per-step figures and the highest held rate are written
//
// Besides the CPU per request of the server, PostgreSQL and itself, it prints, per step, the CPU
// that everything else on the machine used, as a share of all its cores ("others"): a figure
// measured while other work ran is not the server's alone.
//
// Prints one line per step. Stops after a step with errors or a p99 above 1 s. The rate held is the
// highest with a p99 of at most 100 ms and no errors, below the first rate that was not held. Writes each
// check-in answered 2xx as "person_id<TAB>client_id" to --acked, and each one sent without a 2xx
// answer (an error status, a failure, a timeout) to --acked with ".unanswered" appended, so that
// bench/workload.sh can check the database against the answers.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const options = {
    port: 0, accounts: '', run: '', acked: '', summary: '', rates: '25,50,100,200,400,700,1000,1400,2000',
    seconds: 20, lead: 5, warmup: 30, 'warmup-rate': 100, zipf: 1.0, sockets: 256, timeout: 30000,
    'server-pid': 0, 'postgres-pid': 0, database: '', 'clk-tck': 100, seed: 20261206, 'max-p99': 1000,
    'held-p99': 100, prime: 4, mix: '60,20,20',
};
for (let i = 2; i < process.argv.length; i += 2) {
    const name = process.argv[i].replace(/^--/, '');
    if (!(name in options) || i + 1 >= process.argv.length) {
        console.error(`generator: unknown or incomplete option ${process.argv[i]}`);
        process.exit(2);
    }
    const value = process.argv[i + 1];
    options[name] = typeof options[name] === 'number' ? Number(value) : value;
}
const rates = String(options.rates).split(',').map(Number).filter((rate) => rate > 0);
const clkTck = options['clk-tck'];
const [todayShare, progressShare, checkInShare] = String(options.mix).split(',').map(Number);
const mixTotal = todayShare + progressShare + checkInShare;
if (!(mixTotal > 0)) {
    console.error(`generator: --mix ${options.mix} is not three shares`);
    process.exit(2);
}
const todayBelow = todayShare / mixTotal;
const progressBelow = (todayShare + progressShare) / mixTotal;

// A small seeded generator (mulberry32), so that two runs draw the same accounts and requests.
let seed = options.seed >>> 0;
function random() {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const accounts = fs.readFileSync(options.accounts, 'utf8').split('\n').filter((line) => line.trim())
    .map((line) => {
        const [person, habits] = line.trim().split(/\s+/);
        return {
            person,
            habits: habits.split(','),
            headers: { Authorization: `Bearer unk_wl${person.padStart(41, '0')}`, Accept: 'application/json' },
        };
    });
if (accounts.length === 0) {
    console.error('generator: no accounts');
    process.exit(2);
}
// Ranks: a seeded shuffle; popularity 1 / rank^s, drawn through the cumulative sums.
const ranked = accounts.slice();
for (let i = ranked.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j], ranked[i]];
}
const cumulative = new Float64Array(ranked.length);
let total = 0;
for (let k = 0; k < ranked.length; k++) {
    total += 1 / Math.pow(k + 1, options.zipf);
    cumulative[k] = total;
}
function drawAccount() {
    const x = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle] < x) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return ranked[low];
}

const notes = ['Felt looser afterwards.', 'Stiff after the meeting.', 'Quick one before lunch.', 'Sore today.'];
const agent = new http.Agent({ keepAlive: true, maxSockets: options.sockets, maxFreeSockets: options.sockets });
const ackedOut = fs.openSync(options.acked, 'w');
const unansweredOut = fs.openSync(`${options.acked}.unanswered`, 'w');
let sequence = 0;
let inFlight = 0;
let closed = false;
const pendingCheckIns = new Set();   // "person<TAB>client id" of the check-ins sent and not settled

// Where a step's answers go: latencies (ms, from when each request was due) per kind, and counts.
function newRecord() {
    return { latencies: [], byKind: { today: [], progress: [], checkin: [] }, errors: 0, statuses: {},
        firstError: '', answeredInWindow: 0, sent: 0 };
}
let recording = null;     // the record of the requests due now, or null while unmeasured
let measured = null;      // { from, until } of the measured part of the step, for throughput

function send(due, record) {
    const account = drawAccount();
    const draw = random();
    let kind;
    let method = 'GET';
    let path;
    let body = null;
    let clientId = null;
    if (draw < todayBelow) {
        kind = 'today';
        path = '/api/v1/today';
    } else if (draw < progressBelow) {
        kind = 'progress';
        path = `/api/v1/habits/${account.habits[Math.floor(random() * account.habits.length)]}/progress`;
    } else {
        kind = 'checkin';
        method = 'POST';
        path = '/api/v1/check-ins';
        clientId = `wl-${options.run}-${sequence++}`;
        const habit = account.habits[Math.floor(random() * account.habits.length)];
        const fields = { clientId, habit };
        if (random() < 0.25) {
            fields.before = 3 + Math.floor(random() * 6);
            fields.after = Math.max(0, fields.before - Math.floor(random() * 4));
        }
        if (random() < 0.03) {
            fields.note = notes[Math.floor(random() * notes.length)];
        }
        body = JSON.stringify(fields);
    }
    const headers = body === null ? account.headers
        : { ...account.headers, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
    if (record) {
        record.sent++;
    }
    if (clientId !== null) {
        pendingCheckIns.add(`${account.person}\t${clientId}`);
    }
    inFlight++;
    let settled = false;
    const settle = (status, error) => {
        if (settled) {
            return;
        }
        settled = true;
        inFlight--;
        const now = performance.now();
        const ok = status >= 200 && status < 300;
        if (clientId !== null && !closed) {
            pendingCheckIns.delete(`${account.person}\t${clientId}`);
            fs.writeSync(ok ? ackedOut : unansweredOut, `${account.person}\t${clientId}\n`);
        }
        if (record) {
            const latency = now - due;
            record.latencies.push(latency);
            record.byKind[kind].push(latency);
            record.statuses[status || 'failed'] = (record.statuses[status || 'failed'] || 0) + 1;
            if (!ok) {
                record.errors++;
                if (!record.firstError) {
                    record.firstError = `${kind} ${status || ''} ${error || ''}`.trim().slice(0, 200);
                }
            }
        }
        if (measured && recording && now >= measured.from && now <= measured.until) {
            recording.answeredInWindow++;
        }
    };
    const request = http.request({ agent, host: '127.0.0.1', port: options.port, method, path, headers },
        (response) => {
            let text = '';
            const keep = response.statusCode < 200 || response.statusCode >= 300;
            response.on('data', (chunk) => {
                if (keep && text.length < 200) {
                    text += chunk;
                }
            });
            response.on('end', () => settle(response.statusCode, text));
            response.on('error', (e) => settle(0, e.message));
        });
    request.setTimeout(options.timeout, () => request.destroy(new Error('timeout')));
    request.on('error', (e) => settle(0, e.message));
    request.end(body === null ? undefined : body);
}

// Sends `rate` requests a second for `seconds`, each at its due time; resolves when the last is sent.
function run(rate, seconds, record) {
    return new Promise((resolve) => {
        const count = Math.round(rate * seconds);
        const interval = 1000 / rate;
        const start = performance.now();
        let i = 0;
        const tick = () => {
            const now = performance.now();
            while (i < count && start + i * interval <= now) {
                send(start + i * interval, record);
                i++;
            }
            if (i < count) {
                setTimeout(tick, Math.max(0, start + i * interval - performance.now()));
            } else {
                resolve();
            }
        };
        tick();
    });
}

async function drain(limitMs) {
    const until = performance.now() + limitMs;
    while (inFlight > 0 && performance.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

// /proc readings: CPU ms (user + system) of a process, its RSS, and PostgreSQL's processes.
function statFields(pid) {
    try {
        const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
        return null;
    }
}
function cpuMs(pid) {
    const fields = statFields(pid);
    return fields ? (Number(fields[11]) + Number(fields[12])) * 1000 / clkTck : NaN;
}
function rssMiB(pid) {
    try {
        const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
        return match ? Number(match[1]) / 1024 : NaN;
    } catch {
        return NaN;
    }
}
// Its processes' titles: 'postgres: [cluster: ]user database host(port) state', or the worker's name.
const sharedWorkers = /^postgres: (?:\S+: )?(walwriter|checkpointer|background writer|autovacuum)/;
function postgresCpuMs() {
    const postmaster = String(options['postgres-pid']);
    if (postmaster === '0') {
        return NaN;
    }
    let sum = 0;
    for (const entry of fs.readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) {
            continue;
        }
        const fields = statFields(entry);
        if (!fields || fields[1] !== postmaster) {
            continue;
        }
        let command;
        try {
            command = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
        } catch {
            continue;
        }
        if (command.startsWith(`postgres: `) && (command.includes(` ${options.database} `)
                || sharedWorkers.test(command))) {
            sum += (Number(fields[11]) + Number(fields[12])) * 1000 / clkTck;
        }
    }
    return sum;
}
// The whole machine's busy CPU time so far (ms, all cores), from /proc/stat.
function machineBusyMs() {
    try {
        const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
        // user nice system idle iowait irq softirq steal: all but idle and iowait.
        return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6] + (fields[7] || 0)) * 1000 / clkTck;
    } catch {
        return NaN;
    }
}
function snapshot() {
    const cpu = process.cpuUsage();
    return { at: performance.now(), server: cpuMs(options['server-pid']), postgres: postgresCpuMs(),
        client: (cpu.user + cpu.system) / 1000, machine: machineBusyMs() };
}

function percentile(values, p) {
    if (values.length === 0) {
        return NaN;
    }
    const sorted = Float64Array.from(values).sort();
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}
const format = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
const summaryLines = [];
function print(line) {
    console.log(line);
    summaryLines.push(line);
}

// Today once for each account, `parallel` at a time; resolves with the number of non-2xx answers.
function prime(parallel) {
    return new Promise((resolve) => {
        let next = 0;
        let done = 0;
        let failed = 0;
        const one = () => {
            if (next >= accounts.length) {
                return;
            }
            const account = accounts[next++];
            const request = http.request({ agent, host: '127.0.0.1', port: options.port, path: '/api/v1/today',
                headers: account.headers }, (response) => {
                response.resume();
                response.on('end', () => {
                    if (response.statusCode !== 200) {
                        failed++;
                    }
                    finish();
                });
            });
            request.on('error', () => {
                failed++;
                finish();
            });
            request.end();
        };
        const finish = () => {
            done++;
            if (done === accounts.length) {
                resolve(failed);
            } else {
                one();
            }
        };
        for (let i = 0; i < Math.min(parallel, accounts.length); i++) {
            one();
        }
    });
}

async function main() {
    if (options.prime > 0) {
        const started = performance.now();
        const failed = await prime(options.prime);
        console.error(`generator: Today once for each of ${accounts.length} accounts in `
            + `${((performance.now() - started) / 1000).toFixed(1)} s${failed ? `, ${failed} not 200` : ''}`);
        if (failed) {
            process.exit(1);
        }
    }
    if (options.warmup > 0) {
        console.error(`generator: warming up, ${options.warmup} s at ${options['warmup-rate']} requests/s`);
        await run(options['warmup-rate'], options.warmup, null);
        await drain(options.timeout + 1000);
    }
    print(`${'rate/s'.padStart(7)} ${'done/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} `
        + `${'errors'.padStart(6)}  ${'p99 today/progress/check-in ms'.padEnd(30)} `
        + `${'server'.padStart(7)} ${'Postgres'.padStart(8)} ${'client'.padStart(7)}  ${'server RSS'.padStart(10)}`
        + `  ${'others'.padStart(6)}`);
    print(`${''.padStart(7)} ${''.padStart(7)} ${''.padStart(8)} ${''.padStart(8)} ${''.padStart(6)}  `
        + `${''.padEnd(30)} ${'CPU ms per request'.padStart(25)}  ${'MiB'.padStart(10)}  ${'CPU %'.padStart(6)}`);
    // The highest rate held (p99 within --held-p99, no errors) with every lower rate held too.
    let held = 0;
    let failed = false;
    const results = [];
    for (const rate of rates) {
        if (options.lead > 0) {
            await run(rate, options.lead, null);
        }
        const record = newRecord();
        recording = record;
        const before = snapshot();
        measured = { from: before.at, until: before.at + options.seconds * 1000 };
        await run(rate, options.seconds, record);
        const after = snapshot();
        measured.until = after.at;
        const rss = rssMiB(options['server-pid']);
        await drain(options.timeout + 1000);
        recording = null;
        const unanswered = record.sent - record.latencies.length;
        record.errors += unanswered;
        const n = record.sent;
        const p50 = percentile(record.latencies, 0.5);
        const p99 = percentile(record.latencies, 0.99);
        // Everything else on the machine during the measured seconds, as a share of all its cores: the
        // machine's busy time less the server's, PostgreSQL's (as counted above) and the generator's.
        const used = (key) => (Number.isFinite(after[key] - before[key]) ? after[key] - before[key] : 0);
        const others = 100 * ((after.machine - before.machine) - used('server') - used('postgres') - used('client'))
            / ((after.at - before.at) * os.availableParallelism());
        const achieved = record.answeredInWindow / ((after.at - before.at) / 1000);
        const byKind = ['today', 'progress', 'checkin'].map((kind) => format(percentile(record.byKind[kind], 0.99), 1));
        print(`${String(rate).padStart(7)} ${format(achieved, 0).padStart(7)} ${format(p50, 1).padStart(8)} `
            + `${format(p99, 1).padStart(8)} ${String(record.errors).padStart(6)}  ${byKind.join(' / ').padEnd(30)} `
            + `${format((after.server - before.server) / n, 2).padStart(7)} `
            + `${format((after.postgres - before.postgres) / n, 2).padStart(8)} `
            + `${format((after.client - before.client) / n, 2).padStart(7)}  ${format(rss, 0).padStart(10)}  `
            + `${format(others, 0).padStart(6)}`);
        if (record.errors > 0) {
            print(`        errors at ${rate}/s: ${JSON.stringify(record.statuses)}; first: ${record.firstError}`);
        }
        results.push({ rate, p99, errors: record.errors, others });
        if (p99 <= options['held-p99'] && record.errors === 0) {
            if (!failed) {
                held = Math.max(held, rate);
            }
        } else {
            failed = true;
        }
        if (record.errors > 0 || !(p99 <= options['max-p99'])) {
            console.error(`generator: stopping after ${rate}/s (p99 ${format(p99, 1)} ms, ${record.errors} errors)`);
            break;
        }
    }
    await drain(options.timeout + 1000);
    closed = true;
    if (inFlight > 0) {
        console.error(`generator: ${inFlight} requests still unanswered at the end`);
    }
    for (const pending of pendingCheckIns) {
        fs.writeSync(unansweredOut, `${pending}\n`);
    }
    fs.closeSync(ackedOut);
    fs.closeSync(unansweredOut);
    const busy = results.filter((result) => result.others > 10);
    if (busy.length > 0) {
        print(`Other work used more than 10% of the CPU at ${busy.map((result) => `${result.rate}/s (${format(result.others, 0)}%)`)
            .join(', ')}: those figures are not the server's alone.`);
    }
    if (options.summary) {
        fs.writeFileSync(options.summary, `${summaryLines.join('\n')}\nHELD ${held}\n`);
    }
    agent.destroy();
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
