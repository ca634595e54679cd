"""Fails CI when a test was skipped or when the browser or PostgreSQL tests did not run at all.

Surefire and Failsafe write one TEST-*.xml per test class; a skipped test has a <skipped/> child.
"""
import glob
import sys
import xml.etree.ElementTree as ET

reports = glob.glob("**/target/surefire-reports/TEST-*.xml", recursive=True) + glob.glob(
    "**/target/failsafe-reports/TEST-*.xml", recursive=True
)
ran, skipped, browser_ran, postgres_ran = 0, [], 0, 0
for report in reports:
    for case in ET.parse(report).getroot().iter("testcase"):
        name = f"{case.get('classname')}.{case.get('name')}"
        if case.find("skipped") is not None:
            skipped.append(name)
            continue
        ran += 1
        if "Browser" in (case.get("classname") or ""):
            browser_ran += 1
        if "Postgres" in (case.get("classname") or ""):
            postgres_ran += 1

print(f"{len(reports)} report files, {ran} tests ran, {len(skipped)} skipped, {browser_ran} browser tests ran, {postgres_ran} PostgreSQL tests ran")
problems = []
if skipped:
    problems.append("skipped in CI (a browser or PostgreSQL test must run here):\n  " + "\n  ".join(skipped))
if ran == 0:
    problems.append("no test ran")
if browser_ran == 0:
    problems.append("no browser test ran (test classes with 'Browser' in their name)")
if postgres_ran == 0:
    problems.append("no PostgreSQL test ran (test classes with 'Postgres' in their name)")
if problems:
    print("CI check failed:\n" + "\n".join(problems), file=sys.stderr)
    sys.exit(1)
