#!/usr/bin/env python3
"""A seven-step grade at a terminal, through the resident grader and in the command's own process,
side by side with bare node, each run on a pseudo-terminal of 80x24 (Node has no pseudo-terminal of
its own, so `npm run bench` cannot time this). Run from the repository after `npm run build`:

    env -u NODE_EXTRA_CA_CERTS python3 scripts/measure/terminal-grade.py [RUNS]

It uses a home and a resident-grader folder of its own under /tmp and stops its grader at the end.
"""
import fcntl, os, pty, shutil, signal, statistics, struct, sys, tempfile, termios, time

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
ANSWERS = """## requirements
~10B impressions/day, 150k req/s peak, 30 ms p99 for scoring on CPU; clicks land within 15 min.
## framing
Binary clf P(click | user, ad, context); calibrated b/c the auction multiplies pCTR x bid.
## data
Impressions joined to clicks in a 15-min window; neg downsampling 10%, then recalibrate; time split.
## model
LR on hashed crosses first, then GBDT, then DCN; new ads back off to advertiser-level CTR.
## evaluation
Normalised log loss + calibration per advertiser segment offline; A/B on revenue, hide rate.
## serving
Targeting -> few k ads -> light pre-ranker to ~500 -> heavy model -> auction, within 30 ms.
## monitoring
Hourly pred/obs CTR per segment, feature drift, daily retrain, alert on calibration > 5% off.
"""


def run(argv, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    return time.perf_counter() - start


def main():
    home = tempfile.mkdtemp(prefix='mlsd-terminal-grade-')
    run_dir = os.path.join(home, 'run')
    os.makedirs(run_dir, mode=0o700)
    answers = os.path.join(home, 'answers.md')
    with open(answers, 'w') as f:
        f.write(ANSWERS)
    env = dict(os.environ, HOME=home, MLSD_RUNTIME_DIR=run_dir, MLSD_NO_PAGER='1', TERM='xterm-256color')
    env.pop('MLSD_RESIDENT', None)
    grade = ['node', 'bin/mlsd.js', 'grade', 'ad-click-prediction', answers, '--grader', 'offline']
    try:
        run(grade, env)  # the first grade starts the resident grader
        for _ in range(100):
            if any(n.endswith('.pid') for n in os.listdir(run_dir)):
                break
            time.sleep(0.1)
        time.sleep(1)  # it warms up on every bundled case before it answers
        cases = {
            'bare node -e 0': (['node', '-e', '0'], env),
            'grade at a terminal, resident grader': (grade, env),
            'grade at a terminal, its own process': (grade, dict(env, MLSD_RESIDENT='off')),
        }
        times = {name: [] for name in cases}
        for _ in range(RUNS):
            for name, (argv, e) in cases.items():
                times[name].append(run(argv, e))
        bare = statistics.median(times['bare node -e 0'])
        for name, values in times.items():
            median = statistics.median(values)
            print(f'{name:40s} {median * 1000:7.1f} ms  {median / bare:5.2f}x')
    finally:
        for n in os.listdir(run_dir):
            if n.endswith('.pid'):
                try:
                    os.kill(int(open(os.path.join(run_dir, n)).read()), signal.SIGTERM)
                except (OSError, ValueError):
                    pass
        time.sleep(0.3)
        shutil.rmtree(home, ignore_errors=True)


main()
