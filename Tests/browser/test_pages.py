"""Headless-browser tests of the server's HTML pages (Chromium through Selenium).

The server (`helpdesk serve`) is started once per module on a random port with a fresh data
directory and the repository's knowledge; every test drives a real Chromium against it, so what
is checked is what a browser does: the forms it posts (with the headers it really sends), the
redirects it follows, the CSP it enforces, the layout on a phone-sized screen.

Environment:
    HELPDESK_BIN   the helpdesk binary (default: .build/debug/helpdesk in the repository)
Chromium is /usr/bin/chromium driven by Debian's /usr/bin/chromedriver; Selenium never downloads
a driver (SE_OFFLINE=true). Run with `.ci/browser-test`, or `python3 -m pytest -q Tests/browser`.
"""

import os

os.environ.setdefault("SE_OFFLINE", "true")  # before Selenium is imported: never fetch a driver

import queue
import re
import secrets
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    NoAlertPresentException,
    TimeoutException,
    UnexpectedAlertPresentException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
KNOWLEDGE = REPO / "Knowledge"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
START_TIMEOUT = 60  # seconds for the server to say it is listening
PAGE_TIMEOUT = 15  # seconds for one navigation
MAX_STEPS = 40  # questions answered in one walk before giving up
PHONE = {"width": 390, "height": 844}

SESSION_PATH = re.compile(r"^/s/([A-Za-z0-9_-]+)$")
TICKET_PATH = re.compile(r"^/agent/tickets/([^/?#]+)$")


# MARK: - Server


@dataclass
class Server:
    url: str
    token: str
    log: Path


def _binary() -> Path:
    path = Path(os.environ.get("HELPDESK_BIN", ".build/debug/helpdesk"))
    return path if path.is_absolute() else REPO / path


def _die_with_parent():
    """In the child: be sent SIGTERM when the test process dies (Linux), so that a killed test
    run never leaves a server behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _binary()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        pytest.fail(f"no helpdesk binary at {binary}: build it (swift build) or set HELPDESK_BIN", pytrace=False)
    data = tmp_path_factory.mktemp("helpdesk-data")
    log = data.parent / f"{data.name}-server.log"
    token = secrets.token_urlsafe(24)
    env = dict(os.environ, HELPDESK_AGENT_TOKEN=token)
    command = [
        str(binary), "serve", "--host", "127.0.0.1", "--port", "0", "--data", str(data),
        "--knowledge", str(KNOWLEDGE), "--rate-burst", "1000", "--rate-refill", "1000",
    ]
    with open(log, "wb") as stderr:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, env=env,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    lines: "queue.Queue[str | None]" = queue.Queue()

    def read_stdout():
        for raw in process.stdout:
            lines.put(raw.decode("utf-8", "replace"))
        lines.put(None)

    threading.Thread(target=read_stdout, daemon=True).start()
    try:
        url, seen, deadline = None, [], time.monotonic() + START_TIMEOUT
        while url is None:
            left = deadline - time.monotonic()
            try:
                line = lines.get(timeout=max(left, 0.01)) if left > 0 else None
            except queue.Empty:
                line = None
            if line is None:
                why = "exited" if process.poll() is not None else f"did not start within {START_TIMEOUT} s"
                pytest.fail(
                    f"helpdesk serve {why} (exit status {process.poll()}).\nstdout:\n{''.join(seen)}\n"
                    f"stderr (tail):\n{_tail(log)}",
                    pytrace=False,
                )
            seen.append(line)
            match = re.search(r"listening on (http://\S+)", line)
            if match:
                url = match.group(1).rstrip("/")
        yield Server(url=url, token=token, log=log)
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text("utf-8", "replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


# MARK: - Browser


def _chrome(phone: bool) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--no-first-run", "--disable-extensions", "--lang=ja"):
        options.add_argument(argument)
    if phone:
        # A desktop window cannot be narrower than ~500 px; emulate the phone's viewport instead.
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {**PHONE, "pixelRatio": 3.0, "mobile": True, "touch": True}})
    else:
        options.add_argument("--window-size=1280,900")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(PAGE_TIMEOUT)
    return driver


@pytest.fixture
def phone():
    driver = _chrome(phone=True)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def desktop():
    driver = _chrome(phone=False)
    try:
        yield driver
    finally:
        driver.quit()


def submit(driver, element: WebElement):
    """Clicks a submit button (or link) and waits until the next page has loaded."""
    # Scrolled to the middle first: chromedriver misses an element only a few pixels inside the
    # bottom edge of an emulated phone's viewport.
    driver.execute_script("window.__helpdeskOldPage = true; arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()

    def loaded(d):
        try:
            return d.execute_script(
                "return window.__helpdeskOldPage === undefined && document.readyState === 'complete'")
        except UnexpectedAlertPresentException:
            raise
        except WebDriverException:  # between two documents
            return False

    WebDriverWait(driver, PAGE_TIMEOUT, poll_frequency=0.05).until(loaded, f"no new page after a click, at {driver.current_url}")
    assert_not_raw_error(driver)


def assert_not_raw_error(driver):
    """A browser must always get a page: a JSON error body shown to a student is a failure."""
    content_type = driver.execute_script("return document.contentType")
    if content_type != "text/html":
        body = driver.find_element(By.TAG_NAME, "body").text
        pytest.fail(f"{driver.current_url} answered {content_type}, not a page:\n{body[:600]}", pytrace=False)


def path_of(driver) -> str:
    return urlparse(driver.current_url).path


def one(driver_or_element, css: str) -> WebElement:
    found = driver_or_element.find_elements(By.CSS_SELECTOR, css)
    assert found, f"no `{css}` on the page"
    return found[0]


def submit_button(form: WebElement) -> WebElement:
    return one(form, "button:not([type=button]):not([type=reset]), input[type=submit]")


def h1(driver) -> str:
    return one(driver, "h1").text.strip()


# One round trip for what is checked on every page.
PAGE_FACTS = """
const resources = Array.from(document.querySelectorAll(
    'link[href], script[src], img[src], iframe[src], source[src], video[src], audio[src], object[data]'))
    .map(e => [e.tagName.toLowerCase(), e.href || e.src || e.data || '']);
const header = document.querySelector('header');
const wide = Array.from(document.querySelectorAll('body *'))
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ': '
                    + (e.textContent || '').trim().slice(0, 60));
return {
    url: location.href, origin: location.origin, contentType: document.contentType, resources: resources,
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide: wide,
    scripts: document.scripts.length, headerBackground: header ? getComputedStyle(header).backgroundColor : null,
};
"""


def page_facts(driver) -> dict:
    return driver.execute_script(PAGE_FACTS)


def assert_same_origin_resources(driver, facts: dict | None = None):
    """No external resource: every stylesheet, script, image, frame comes from this server."""
    facts = facts or page_facts(driver)
    external = [(tag, url) for tag, url in facts["resources"] if not url.startswith(facts["origin"] + "/")]
    assert not external, f"external resources on {facts['url']}: {external}"


def assert_no_horizontal_scroll(driver, facts: dict | None = None):
    """document.documentElement.scrollWidth <= window.innerWidth, in a phone-sized viewport."""
    facts = facts or page_facts(driver)
    width, inner = facts["scrollWidth"], facts["innerWidth"]
    assert inner <= PHONE["width"] + 10, f"not a phone-sized viewport: innerWidth {inner}"
    if width > inner:
        pytest.fail(f"horizontal scroll on {facts['url']}: scrollWidth {width} > innerWidth {inner}; "
                    f"too wide: {facts['wide']}", pytrace=False)


def policy_violations(driver) -> list:
    """Console messages of resources the page's Content-Security-Policy refused."""
    try:
        entries = driver.get_log("browser")
    except Exception:
        return []
    return [e["message"] for e in entries if "Content Security Policy" in e["message"] or "Refused to" in e["message"]]


def check_student_page(driver):
    """What every self-service page must be: a page, phone-sized, self-contained, script-free,
    styled by its own stylesheet."""
    facts = page_facts(driver)
    if facts["contentType"] != "text/html":
        assert_not_raw_error(driver)
    assert_no_horizontal_scroll(driver, facts)
    assert_same_origin_resources(driver, facts)
    assert facts["scripts"] == 0, f"{facts['url']} has {facts['scripts']} script(s); the self-service pages have none"
    assert facts["headerBackground"] not in (None, "", "rgba(0, 0, 0, 0)", "transparent"), (
        f"/style.css not applied on {facts['url']}")
    violations = policy_violations(driver)
    assert not violations, f"CSP refused something on {facts['url']}: {violations}"


# MARK: - Self-service walk


# Free-text answers by fact: plausible, never a password (secret facts are never asked on pages).
PLAUSIBLE = {
    "omuid": "ab12345",
    "client_ip": "192.168.10.23",
    "wifi_ssid": "OMUNET-1X",
    "recovery_email": "student@example.com",
    "error_message": "入力書式が正しくありません。",
}
# Choices preferred where offered, so that the walk also meets a free-text question.
PREFERRED = ("login-fails",)


@dataclass
class Page:
    kind: str  # "question" or "conclusion"
    title: str
    remedy: str = ""


def read_page(driver, session_id: str) -> Page:
    assert path_of(driver) == f"/s/{session_id}", f"left the session: {driver.current_url}"
    check_student_page(driver)
    forms = driver.find_elements(By.CSS_SELECTOR, f"form[method=post][action='/s/{session_id}/answer']")
    remedies = driver.find_elements(By.CSS_SELECTOR, "div.remedy")
    if forms:
        assert not remedies, "a page with both a question and a remedy"
        prompt = one(forms[0], "h1").text.strip()
        assert prompt, "a question without a prompt"
        return Page("question", prompt)
    assert remedies, f"neither a question nor a conclusion at {driver.current_url}:\n{one(driver, 'main').text[:600]}"
    assert not driver.find_elements(By.CSS_SELECTOR, "form[action$='/answer'], button[name=value], input[name=value]")
    title = h1(driver)
    assert title, "a conclusion without a title"
    return Page("conclusion", title, remedies[0].text.strip())


def answer(driver, session_id: str, use_unknown: bool, last: bool = False) -> str:
    """Answers the question shown (the preferred or first choice, or the last one); returns how
    ("unknown", "choice:VALUE", "text:VALUE")."""
    form = one(driver, f"form[action='/s/{session_id}/answer']")
    unknown = form.find_elements(By.CSS_SELECTOR, "button[name=unknown]")
    if use_unknown and unknown:
        submit(driver, unknown[0])
        return "unknown"
    choices = form.find_elements(By.CSS_SELECTOR, "button[name=value]")
    if choices:
        values = driver.execute_script("return arguments[0].map(b => b.value)", choices)
        index = len(values) - 1 if last else next((values.index(v) for v in PREFERRED if v in values), 0)
        submit(driver, choices[index])
        return f"choice:{values[index]}"
    field = one(form, "input[name=value]")
    key = one(form, "input[name=key]").get_attribute("value")
    kind = field.get_attribute("type")
    assert kind in ("text", "number"), f"question {key!r} asks with an <input type={kind}>"
    assert "password" not in key and "secret" not in key, f"a page asks for {key!r}"
    value = "10" if kind == "number" else PLAUSIBLE.get(key, "ab12345")
    field.clear()
    field.send_keys(value)
    submit(driver, submit_button(form))
    return f"text:{value}"


def start_navigator(driver, base: str) -> str:
    driver.get(base + "/")
    button = driver.find_element(
        By.XPATH, "//form[@method='post'][@action='/start'][.//input[@name='tree'][@value='start']]//button")
    submit(driver, button)
    match = SESSION_PATH.match(path_of(driver))
    assert match, f"the navigator did not open a session page: {driver.current_url}"
    return match.group(1)


def walk_to_conclusion(driver, session_id: str, check_back: bool = True, last: bool = False) -> tuple[Page, list]:
    """Answers one question per page until a conclusion: 「わからない」 at the first question that
    offers it, once back (the previous question must be shown again), else choices / plausible
    text. Returns the conclusion and the answers that stand."""
    answers: list = []
    unknown_stands = False
    back_checked = not check_back
    previous: Page | None = None
    for _ in range(MAX_STEPS):
        page = read_page(driver, session_id)
        if answers and not back_checked:
            back = one(driver, f"form[method=post][action='/s/{session_id}/back'] button.secondary")
            submit(driver, back)
            again = read_page(driver, session_id)
            assert again.kind == "question" and again.title == previous.title, (
                f"back showed {again.kind} 「{again.title}」, not the previous question 「{previous.title}」")
            undone = answers.pop()
            unknown_stands = unknown_stands and undone != "unknown"
            back_checked = True
            continue
        if page.kind == "conclusion":
            assert unknown_stands or not check_back, f"no question on the way offered 「わからない」: {answers}"
            return page, answers
        how = answer(driver, session_id, use_unknown=not unknown_stands, last=last)
        unknown_stands = unknown_stands or how == "unknown"
        answers.append(how)
        previous = page
    pytest.fail(f"no conclusion after {MAX_STEPS} answers: {answers}", pytrace=False)


# MARK: - Student tests


def test_home_page_on_a_phone(server, phone):
    phone.get(server.url + "/")
    check_student_page(phone)
    assert h1(phone)
    form = one(phone, "form[method=post][action='/start'] textarea#text").find_element(By.XPATH, "./ancestor::form")
    assert submit_button(form)
    assert phone.find_elements(By.XPATH, "//form[@action='/start'][.//input[@name='tree'][@value='start']]//button")
    entries = phone.find_elements(By.CSS_SELECTOR, "li form[action='/start'] button")
    assert entries, "no entry list on /"


def test_student_walks_to_a_conclusion_and_resumes(server, phone):
    session_id = start_navigator(phone, server.url)
    conclusion, answers = walk_to_conclusion(phone, session_id)
    assert "unknown" in answers, answers
    url = phone.current_url

    phone.refresh()
    after_reload = read_page(phone, session_id)
    assert (after_reload.kind, after_reload.title, after_reload.remedy) == (
        "conclusion", conclusion.title, conclusion.remedy), "the conclusion changed on reload"

    phone.get(server.url + "/")
    phone.get(url)
    resumed = read_page(phone, session_id)
    assert (resumed.kind, resumed.title, resumed.remedy) == ("conclusion", conclusion.title, conclusion.remedy), (
        "the session's address did not resume it")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_entry_walks_to_a_conclusion_on_a_phone(server, phone, lang):
    """Each entry of the list on /, from its own button, answered to a conclusion (the last choice
    each time, so mostly the ways that end at the helpdesk, which the first walk does not take):
    every page on the way fits the phone and loads nothing from elsewhere."""
    home = f"{server.url}/?lang={lang}"
    phone.get(home)
    assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    count = len(phone.find_elements(By.CSS_SELECTOR, "li form[action='/start'] button"))
    assert count > 0
    for index in range(count):
        phone.get(home)
        button = phone.find_elements(By.CSS_SELECTOR, "li form[action='/start'] button")[index]
        label = button.text
        submit(phone, button)
        match = SESSION_PATH.match(path_of(phone))
        assert match, f"entry 「{label}」 did not open a session page: {phone.current_url}"
        page, _ = walk_to_conclusion(phone, match.group(1), check_back=False, last=True)
        assert phone.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
        assert page.kind == "conclusion"


def describe(driver, base: str, text: str):
    driver.get(base + "/")
    field = one(driver, "textarea#text")
    field.send_keys(text)
    submit(driver, submit_button(field.find_element(By.XPATH, "./ancestor::form")))


def test_description_opens_a_session(server, phone):
    describe(phone, server.url, "ワンタイムパスワードのコードが届きません")
    match = SESSION_PATH.match(path_of(phone))
    assert match, f"a description did not open a session page: {phone.current_url}"
    page = read_page(phone, match.group(1))
    assert page.kind in ("question", "conclusion")
    notices = [n.text for n in phone.find_elements(By.CSS_SELECTOR, "p.notice")]
    entry = [e.text for e in phone.find_elements(By.CSS_SELECTOR, "p.entry")]
    assert entry and not notices, f"triage did not pick an entry for a clear description: entry {entry}, notices {notices}"


def test_markup_is_escaped_not_run(server, phone):
    payload = "<script>alert(1)</script>"
    try:
        describe(phone, server.url, payload)
        assert SESSION_PATH.match(path_of(phone)), phone.current_url
        sources = [phone.page_source]
        for probe in ("/s/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E"):
            phone.get(server.url + probe)
            sources.append(phone.page_source)
        try:
            text = phone.switch_to.alert.text
            pytest.fail(f"an alert opened: {text!r}", pytrace=False)
        except NoAlertPresentException:
            pass
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"markup typed by a user ran as a script (alert: {error.alert_text!r})", pytrace=False)
    for source in sources:
        assert "<script>alert" not in source.lower()


# MARK: - Agent workbench


@pytest.fixture(scope="module")
def workbench(server):
    """The agent workbench's tests run once GET /agent exists; until then they are skipped."""
    if _status(server.url + "/agent") == 404:
        pytest.skip("GET /agent is 404: the agent workbench is not built yet")
    return server


agent = pytest.mark.usefixtures("workbench")


def log_in(driver, server: Server):
    driver.get(server.url + "/agent")
    form = one(driver, "form#login")
    one(form, "input#token").send_keys(server.token)
    submit(driver, submit_button(form))
    assert path_of(driver) == "/agent", f"logging in led to {driver.current_url}"
    one(driver, "form#triage-form")


def paste_ticket(driver, text: str) -> str:
    form = one(driver, "form#triage-form")
    assert form.get_attribute("method").lower() == "post"
    assert urlparse(form.get_attribute("action")).path == "/agent/tickets"
    one(form, "textarea#ticket-text").send_keys(text)
    submit(driver, submit_button(form))
    match = TICKET_PATH.match(path_of(driver))
    assert match, f"a ticket did not lead to /agent/tickets/{{id}}: {driver.current_url}"
    return match.group(1)


def candidates(driver, ticket: str) -> list:
    """The ranked entries as (tree, its a.choose link). The row whose draft is shown may be
    marked `tr.chosen` instead of linking to itself (its link is then None); every other row
    links to /agent/tickets/{ticket}?tree=TREE."""
    rows = driver.find_elements(By.CSS_SELECTOR, "table#candidates tr[data-tree]")
    found = []
    for row in rows:
        tree = row.get_attribute("data-tree")
        assert tree, "a candidate row without its tree"
        links = row.find_elements(By.CSS_SELECTOR, "a.choose")
        if not links:
            assert "chosen" in (row.get_attribute("class") or "").split(), f"row {tree} has no a.choose"
            found.append((tree, None))
            continue
        href = urlparse(links[0].get_attribute("href"))
        assert href.path == f"/agent/tickets/{ticket}" and parse_qs(href.query).get("tree") == [tree], (
            f"a.choose of {tree} goes to {links[0].get_attribute('href')}")
        found.append((tree, links[0]))
    chosen = [tree for tree, link in found if link is None]
    assert len(chosen) <= 1, f"more than one row marked chosen: {chosen}"
    if chosen and driver.find_elements(By.CSS_SELECTOR, "#outcome-form"):
        assert chosen[0] == outcome_tree(driver), f"row {chosen[0]} is marked chosen, the draft is for another"
    return found


def reply(driver) -> str:
    draft = one(driver, "textarea#reply")
    assert draft.get_property("readOnly"), "the reply draft is not readonly"
    return draft.get_property("value")


def outcome_tree(driver) -> str:
    return one(driver, "#outcome-form input[name=tree]").get_attribute("value")


def check_agent_page(driver):
    assert_not_raw_error(driver)
    assert_same_origin_resources(driver)
    violations = policy_violations(driver)
    assert not violations, f"CSP refused something on {driver.current_url}: {violations}"


@agent
def test_agent_login(server, desktop):
    desktop.get(server.url + "/agent")
    check_agent_page(desktop)
    form = one(desktop, "form#login")
    assert form.get_attribute("method").lower() == "post"
    assert urlparse(form.get_attribute("action")).path == "/agent/login"
    assert one(form, "input#token").get_attribute("type") == "password"
    assert submit_button(form)
    assert not desktop.find_elements(By.CSS_SELECTOR, "form#triage-form"), "the workbench shown without a login"

    wrong = "wrong-" + secrets.token_hex(6)
    one(form, "input#token").send_keys(wrong)
    submit(desktop, submit_button(form))
    one(desktop, "form#login")
    assert one(desktop, "p.notice").text.strip(), "a wrong token without an error"
    assert wrong not in desktop.page_source
    assert not desktop.find_elements(By.CSS_SELECTOR, "form#triage-form")

    log_in(desktop, server)
    cookies = [c for c in desktop.get_cookies() if c.get("httpOnly")]
    assert cookies, f"no HttpOnly cookie after logging in: {desktop.get_cookies()}"
    visible = desktop.execute_script("return document.cookie")
    assert all(c["name"] + "=" not in visible for c in cookies)
    assert server.token not in desktop.page_source


@agent
def test_agent_triages_drafts_and_records(server, desktop):
    log_in(desktop, server)
    check_agent_page(desktop)
    ticket = paste_ticket(desktop, "OMUIDのパスワードを忘れました。再設定の方法を教えてください。")
    check_agent_page(desktop)
    rows = candidates(desktop, ticket)
    assert len(rows) >= 2, f"fewer than 2 candidates: {[t for t, _ in rows]}"
    trees = [t for t, _ in rows]
    one(desktop, "#facts")
    one(desktop, "#questions")
    first = reply(desktop)
    assert first.strip(), "an empty reply draft"
    assert outcome_tree(desktop) in trees

    # Copy the draft: agent.js (same origin) must run under the page's CSP and say it copied.
    assert desktop.find_elements(By.CSS_SELECTOR, "script[src]"), "no script on the ticket page (agent.js)"
    try:
        desktop.execute_cdp_cmd("Browser.grantPermissions", {
            "origin": server.url, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    except Exception:
        pass
    one(desktop, "button#copy-reply").click()
    try:
        WebDriverWait(desktop, 5).until(lambda d: d.find_element(By.ID, "copy-status").text.strip())
    except TimeoutException:
        pytest.fail(f"#copy-status stayed empty after a click on #copy-reply; console: {policy_violations(desktop)}",
                    pytrace=False)
    copied = desktop.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "navigator.clipboard.readText().then(done, () => done(null));")
    if copied is not None:  # the clipboard may be unreadable headless; when it can be read, it holds the draft
        assert copied.strip() == first.strip(), "the clipboard does not hold the draft"

    # Draft for the second candidate instead.
    second_tree, second_link = rows[1]
    assert second_link is not None, f"the 2nd candidate {second_tree} cannot be chosen"
    submit(desktop, second_link)
    check_agent_page(desktop)
    assert path_of(desktop) == f"/agent/tickets/{ticket}"
    assert reply(desktop) != first, "the draft for the 2nd candidate is the same as the first's"
    assert outcome_tree(desktop) == second_tree

    # Record the outcome.
    form = one(desktop, "form#outcome-form")
    assert form.get_attribute("method").lower() == "post"
    assert urlparse(form.get_attribute("action")).path == f"/agent/tickets/{ticket}/feedback"
    assert one(form, "input[name=tree]").get_attribute("type") == "hidden"
    one(form, "button[name=outcome][value=escalated]")
    submit(desktop, one(form, "button[name=outcome][value=resolved]"))
    check_agent_page(desktop)
    assert one(desktop, "p.notice").text.strip(), "no notice that the outcome was recorded"

    desktop.get(server.url + "/agent")
    check_agent_page(desktop)
    links = [urlparse(a.get_attribute("href")).path for a in desktop.find_elements(By.CSS_SELECTOR, "#recent a[href]")]
    assert f"/agent/tickets/{ticket}" in links, f"the ticket is not in #recent: {links}"

    desktop.get(server.url + "/agent/stats")
    check_agent_page(desktop)
    one(desktop, "table#stats")


@agent
def test_agent_pages_never_show_a_password(server, desktop):
    secret = "Abcd1234!"
    log_in(desktop, server)
    ticket = paste_ticket(desktop, f"OMUIDでログインできません。パスワードは {secret} です。確認してください。")

    def everything():
        values = desktop.execute_script(
            "return Array.from(document.querySelectorAll('textarea, input')).map(e => e.value).join('\\n')")
        return desktop.page_source + "\n" + values

    assert secret not in everything(), "the password is shown on the ticket page"
    for tree, _ in candidates(desktop, ticket)[:3]:
        desktop.get(f"{server.url}/agent/tickets/{ticket}?tree={tree}")
        assert secret not in everything(), f"the password is shown on the draft for {tree}"
    for path in ("/agent", "/agent/stats"):
        desktop.get(server.url + path)
        assert secret not in everything(), f"the password is shown on {path}"
