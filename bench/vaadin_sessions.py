#!/usr/bin/env python3
"""Opens idle Vaadin UI sessions on a running Unknot server, the way a browser would.

For each session: a fresh cookie jar, the sign-in page and Vaadin's bootstrap request
(`?v-r=init`), the client router's navigation event to the sign-in view, then one UIDL request
that types the username and password into the fields and clicks "Sign in"; the server then
shows Today in that UI. The UI is left open (no
heartbeat, no unload beacon), as an idle browser tab would leave it for a while.

Usage: vaadin_sessions.py BASE_URL USERNAME PASSWORD COUNT
"""
import json
import sys

import requests


def changes_of(uidl):
    return uidl.get("changes", [])


def node_with_id(changes, element_id):
    """The state node whose element has the attribute id=element_id."""
    for change in changes:
        if change.get("type") == "put" and change.get("key") == "id" and change.get("value") == element_id:
            return change["node"]
    raise LookupError("no element with id " + element_id)


def listener_data(changes, constants, node, event):
    """The event data expressions the server registered for a DOM event of a node, all zero/false."""
    for change in changes:
        if change.get("node") == node and change.get("key") == event and change.get("type") == "put":
            value = change.get("value")
            if isinstance(value, str):
                value = constants.get(value, {})
            if isinstance(value, dict):
                return {expression: (False if "Key" in expression else 0) for expression in value}
    return {}


class Session:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.http = requests.Session()
        self.sync_id = 0
        self.client_id = 0

    def open(self, location):
        page = self.http.get(self.base + "/" + location, timeout=60)
        page.raise_for_status()
        init = self.http.get(self.base + "/", params={
            "v-r": "init", "location": location, "query": "", "v-browserDetails": "{}"}, timeout=60)
        init.raise_for_status()
        text = init.text
        if text.startswith("for(;;);"):
            text = text[len("for(;;);"):]
        answer = json.loads(text)
        config = answer.get("appConfig", answer)
        uidl = config["uidl"]
        if isinstance(uidl, str):
            uidl = json.loads(uidl)
        self.ui_id = uidl.get("Vaadin-UI-Id", config.get("v-uiId", 0))
        self.csrf = uidl["Vaadin-Security-Key"]
        self.sync_id = uidl.get("syncId", 0)
        self.constants = dict(uidl.get("constants", {}))
        return uidl

    def send(self, rpc):
        body = {"csrfToken": self.csrf, "rpc": rpc, "syncId": self.sync_id, "clientId": self.client_id}
        answer = self.http.post(self.base + "/", params={"v-r": "uidl", "v-uiId": self.ui_id},
                                data=json.dumps(body), headers={"Content-Type": "application/json; charset=UTF-8"},
                                timeout=120)
        answer.raise_for_status()
        text = answer.text
        if text.startswith("for(;;);"):
            text = text[len("for(;;);"):]
        uidl = json.loads(text)
        if isinstance(uidl, list):
            uidl = uidl[0]
        self.sync_id = uidl.get("syncId", self.sync_id)
        self.constants.update(uidl.get("constants", {}))
        self.client_id += 1
        return uidl


def sign_in(base, username, password):
    session = Session(base)
    session.open("login")
    # What the client-side router sends once the page has loaded: render the view at "login".
    uidl = session.send([{"type": "event", "node": 1, "event": "ui-navigate", "data": {
        "route": "login", "query": "", "appShellTitle": "", "historyState": {"idx": 0}, "trigger": ""}}])
    changes = changes_of(uidl)
    user_node = node_with_id(changes, "username")
    password_node = node_with_id(changes, "password")
    button_node = node_with_id(changes, "sign-in")
    answer = session.send([
        {"type": "mSync", "node": user_node, "feature": 1, "property": "value", "value": username},
        {"type": "mSync", "node": password_node, "feature": 1, "property": "value", "value": password},
        {"type": "event", "node": button_node, "event": "click",
         "data": listener_data(changes, session.constants, button_node, "click")},
    ])
    shown = json.dumps(answer)
    if "today-page" not in shown:
        raise RuntimeError("signing in did not open Today; the answer was: " + shown[:2000])
    return session


def main():
    base, username, password, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    sessions = []
    for i in range(count):
        sessions.append(sign_in(base, username, password))
        if (i + 1) % 25 == 0:
            print(f"  {i + 1} sessions signed in, Today open", file=sys.stderr, flush=True)
    print(len(sessions))


if __name__ == "__main__":
    main()
