"""Weblate sync: one Weblate component per catalog, through Weblate's REST API.

Weblate's component discovery gives every article the first component's source language, and
a component's source language cannot change afterwards, so an English or Vietnamese article
would be labelled French. Sync creates each component itself instead, with the article's own
source language and the settings l10n's catalogs need (the placeholder check enforced, GNU
gettext's line wrapping). The plan is plain data computed from the catalogs and from what
Weblate has; only :class:`Client` talks to the server.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from l10n.errors import InputError, L10nError

# Weblate's limits: names and slugs of at most 100 characters, slugs from [-a-zA-Z0-9_].
MAX_LENGTH = 100
# l10n's inline markup: <1>…</1> and <2/>; enforced, a broken one marks the unit "Needs editing".
CHECK_FLAGS = 'placeholders:r"</?[0-9]+/?>"'
ENFORCED_CHECKS = ("placeholders",)
# GNU gettext wraps at 79 columns like l10n's writer; Weblate's closest setting is 77.
FILE_FORMAT_PARAMS: Mapping[str, Any] = {"po_line_wrap": 77}


Action = Literal["create", "update", "gone", "conflict"]


class WeblateError(L10nError):
    """Weblate refused a request or could not be reached (exit 2)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """The ``[weblate]`` table of ``l10n.toml``, with URL and token from the environment."""

    url: str
    token: str
    project: str
    repo: str
    push: str = ""
    branch: str = "main"
    path: str = "catalogs"  # the catalogs directory, relative to the repository's root
    web: str = ""  # the project's website, which Weblate requires to create a project
    languages: tuple[str, ...] = ()


class Catalog(NamedTuple):
    """What sync needs to know of one catalog: its key and its source language."""

    key: str
    source_lang: str


@dataclass(frozen=True, slots=True)
class Change:
    """One step of the plan: ``create``, ``update`` (only the fields that differ), ``gone``
    (a component whose catalog no longer exists; never deleted) or ``conflict`` (a source
    language Weblate cannot change: delete the component in Weblate and sync again)."""

    action: Action
    slug: str
    key: str
    fields: dict[str, Any] = field(default_factory=dict)


def readable_id(key: str, taken: Iterable[str] = ()) -> tuple[str, str]:
    """A component's (name, slug) for a catalog key: the key itself when Weblate allows it,
    shortened with a hash of the key when too long or when another catalog already has it."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    slug = re.sub(r"[^a-z0-9_]+", "-", key.lower()).strip("-") or "article"
    name = key
    if len(key) > MAX_LENGTH or slug in set(taken):
        name = f"{key[:MAX_LENGTH - 10]}… {digest}"
        slug = f"{slug[:MAX_LENGTH - 9].rstrip('-')}-{digest}"
    return name, slug


def filemask(settings: Settings, key: str) -> str:
    """Where a catalog's translation files lie in the repository."""
    return f"{settings.path.strip('/')}/{key}/*.po"


def component_fields(settings: Settings, catalog: Catalog, name: str, slug: str,
                     repo_owner: str | None) -> dict[str, Any]:
    """Everything sync sets on the component of one catalog.

    One component holds the repository; the others link to it (``weblate://``), so Weblate
    keeps one clone and commits and pushes every article's work together.
    """
    base = f"{settings.path.strip('/')}/{catalog.key}"
    langs = "|".join(re.escape(x) for x in settings.languages if x != catalog.source_lang)
    fields: dict[str, Any] = {
        "name": name, "slug": slug, "vcs": "git", "file_format": "po",
        "filemask": filemask(settings, catalog.key), "template": "",
        "new_base": f"{base}/template.pot", "language_regex": f"^({langs})$" if langs else "^$",
        "source_language": catalog.source_lang, "edit_template": False,
        "manage_units": False, "check_flags": CHECK_FLAGS,
        "enforced_checks": list(ENFORCED_CHECKS), "file_format_params": dict(FILE_FORMAT_PARAMS),
    }
    if repo_owner is None or repo_owner == slug:
        fields.update(repo=settings.repo, push=settings.push, branch=settings.branch)
    else:
        fields["repo"] = f"weblate://{settings.project}/{repo_owner}"
    return fields


def _differs(existing: Mapping[str, Any], name: str, wanted: Any) -> bool:
    """Whether Weblate's value is not the wanted one; Weblate lists every file format
    parameter with its default, so only the parameters sync sets are compared."""
    value = existing.get(name)
    if name == "source_language" and isinstance(value, dict):
        value = value.get("code")
    if isinstance(wanted, dict) and isinstance(value, dict):
        return any(value.get(k) != v for k, v in wanted.items())
    return bool(value != wanted)


def plan(settings: Settings, catalogs: Iterable[Catalog],
         components: Iterable[Mapping[str, Any]]) -> list[Change]:
    """What sync does: compare the catalogs with the components Weblate has.

    A component belongs to a catalog when its file mask is the catalog's; components with
    another mask (Weblate's glossary, a team's own) are left alone. The repository is held by
    the first component that is not linked (``linked_component``) to another. Names and slugs of
    existing components are kept, so renaming rules never rename anything in Weblate.
    """
    prefix = f"{settings.path.strip('/')}/"
    ours = {str(c["filemask"]): c for c in components
            if str(c.get("filemask", "")).startswith(prefix)
            and str(c["filemask"]).endswith("/*.po")}
    owner = next((c["slug"] for c in ours.values() if not c.get("linked_component")), None)
    taken = {c["slug"] for c in ours.values()}
    changes: list[Change] = []
    wanted = set()
    for catalog in sorted(catalogs):
        mask = filemask(settings, catalog.key)
        wanted.add(mask)
        have = ours.get(mask)
        if have is None:
            name, slug = readable_id(catalog.key, taken)
            taken.add(slug)
            owner = owner or slug
            changes.append(Change("create", slug, catalog.key,
                                  component_fields(settings, catalog, name, slug, owner)))
            continue
        slug = str(have["slug"])
        desired = component_fields(settings, catalog, str(have["name"]), slug, owner)
        if have.get("linked_component"):
            # Weblate shows a linked component with its owner's repository: the owner's
            # settings are compared on the owner.
            for setting in ("repo", "push", "branch"):
                desired.pop(setting, None)
        if _differs(have, "source_language", catalog.source_lang):
            changes.append(Change("conflict", slug, catalog.key,
                                  {"source_language": catalog.source_lang}))
            continue
        differ = {k: v for k, v in desired.items() if _differs(have, k, v)}
        if differ:
            changes.append(Change("update", slug, catalog.key, differ))
    changes += [Change("gone", str(c["slug"]), mask[len(prefix):-len("/*.po")])
                for mask, c in sorted(ours.items()) if mask not in wanted]
    return changes


class Client:
    """Weblate's REST API with a token: the few calls sync makes."""

    def __init__(self, url: str, token: str, timeout: float = 60.0) -> None:
        import requests  # lazy: only Weblate commands talk to a server

        self.base = url.rstrip("/") + "/api/"
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Token {token}",
                                     "Accept": "application/json"})
        self.timeout = timeout

    def call(self, method: str, path: str, payload: Mapping[str, Any] | None = None) -> Any:
        """One request; an HTTP error or a refused connection becomes a one-line error."""
        import requests

        url = path if path.startswith("http") else self.base + path.lstrip("/")
        try:
            response = self.session.request(method, url, json=payload, timeout=self.timeout)
        except requests.RequestException as exc:
            raise WeblateError(url, f"Weblate is unreachable ({type(exc).__name__})",
                               "Check [weblate] url in l10n.toml or L10N_WEBLATE_URL") from exc
        if response.status_code >= 400:
            detail = " ".join(response.text.split())[:300]
            fix = ("Check the token (L10N_WEBLATE_TOKEN)" if response.status_code in (401, 403)
                   else "Fix the setting Weblate names")
            raise WeblateError(f"{method} {url}", f"HTTP {response.status_code}: {detail}", fix)
        return response.json() if response.content else None

    def pages(self, path: str) -> list[dict[str, Any]]:
        """Every item of a paginated list."""
        items: list[dict[str, Any]] = []
        url: str | None = path
        while url:
            page = self.call("GET", url)
            items += page["results"]
            url = page.get("next")
        return items

    def components(self, project: str) -> list[dict[str, Any]]:
        """The project's components, or none when the project does not exist yet."""
        try:
            return self.pages(f"projects/{project}/components/")
        except WeblateError as exc:
            if "HTTP 404" in exc.what:
                return []
            raise

    def ensure_project(self, project: str, web: str) -> None:
        """Create the project when Weblate does not have it."""
        try:
            self.call("GET", f"projects/{project}/")
        except WeblateError as exc:
            if "HTTP 404" not in exc.what:
                raise
            if not web:
                raise InputError(f"{self.base}projects/{project}/", "no such Weblate project",
                                 "Create it in Weblate, or add web = \"https://...\" (the "
                                 "newsroom's site) under [weblate] so that sync creates it",
                                 ) from exc
            self.call("POST", "projects/", {"name": project, "slug": project, "web": web})


def apply(client: Client, settings: Settings, changes: Iterable[Change]) -> None:
    """Carry out the plan's creations and updates; ``gone`` and ``conflict`` are reported only."""
    todo = [c for c in changes if c.action in ("create", "update")]
    project = settings.project
    if todo:
        client.ensure_project(project, settings.web)
    for change in todo:
        if change.action == "create":
            client.call("POST", f"projects/{project}/components/", change.fields)
        else:
            client.call("PATCH", f"components/{project}/{change.slug}/", change.fields)


def settings_from(table: Mapping[str, Any], env: Mapping[str, str], languages: Iterable[str],
                  where: str) -> Settings:
    """Settings from ``[weblate]`` and the environment (``L10N_WEBLATE_URL``,
    ``L10N_WEBLATE_TOKEN`` win); sync never writes them anywhere."""
    url = env.get("L10N_WEBLATE_URL") or table.get("url")
    token = env.get("L10N_WEBLATE_TOKEN") or table.get("token")
    missing = [name for name, value in (("url", url), ("project", table.get("project")),
                                        ("repo", table.get("repo"))) if not value]
    if missing:
        raise InputError(where, f"[weblate] {missing[0]} is not set",
                         f"Add {missing[0]} = \"...\" under [weblate] in l10n.toml")
    if not token:
        raise InputError(where, "no Weblate API token",
                         "Set L10N_WEBLATE_TOKEN (Weblate: your profile, API access)")
    return Settings(url=str(url), token=str(token), project=str(table["project"]),
                    repo=str(table["repo"]), push=str(table.get("push", "")),
                    branch=str(table.get("branch", "main")),
                    path=str(table.get("path", "catalogs")), web=str(table.get("web", "")),
                    languages=tuple(languages))
