"""The machine-translation engines we offer, all through deep-translator's own clients.

Each engine is described as data: its deep-translator class, whether it needs a key, where
the key may come from, and how many requests it tolerates at once. :func:`open_engine` builds a
callable ``text -> translation``; :func:`classify` turns whatever a client raises into a
retry decision and a message that never contains the API key.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from l10n.errors import InputError


@dataclass(frozen=True, slots=True)
class EngineSpec:
    """What l10n knows about one deep-translator engine."""

    name: str
    client: str            # class name in deep_translator
    key_env: tuple[str, ...] = ()   # environment variables that may hold the key
    needs_key: bool = True
    concurrency: int = 4   # requests in flight at once, within the service's published limits
    base_url: bool = False  # accepts --base-url (self-hosted)


ENGINES: dict[str, EngineSpec] = {spec.name: spec for spec in (
    EngineSpec("google", "GoogleTranslator", needs_key=False, concurrency=4),
    EngineSpec("deepl", "DeeplTranslator", ("DEEPL_API_KEY",), concurrency=4),
    EngineSpec("microsoft", "MicrosoftTranslator", ("MICROSOFT_API_KEY",), concurrency=4),
    EngineSpec("mymemory", "MyMemoryTranslator", needs_key=False, concurrency=2),
    EngineSpec("libre", "LibreTranslator", ("LIBRE_API_KEY",), needs_key=False,
               concurrency=8, base_url=True),
    EngineSpec("chatgpt", "ChatGptTranslator", ("OPENAI_API_KEY",), concurrency=4),
    EngineSpec("yandex", "YandexTranslator", ("YANDEX_API_KEY",), concurrency=4),
    EngineSpec("baidu", "BaiduTranslator", ("BAIDU_APPKEY",), concurrency=2),
)}
ALIASES = {"libretranslate": "libre", "openai": "chatgpt", "gpt": "chatgpt"}
# deep-translator's clients that spell our languages their own way.
_LANG_CODES = {"baidu": {"fr": "fra", "vi": "vie", "en": "en"},
               "mymemory": {"fr": "fr-FR", "vi": "vi-VN", "en": "en-US"}}


def spec_for(name: str) -> EngineSpec:
    """The engine called ``name`` (aliases accepted), or a clear error listing them."""
    key = ALIASES.get(name.lower(), name.lower())
    if key not in ENGINES:
        raise InputError(f"--engine {name}", "unknown engine",
                         "Choose one of: " + ", ".join(ENGINES))
    return ENGINES[key]


def find_key(spec: EngineSpec, flag: str | None, settings: Mapping[str, Any]) -> str | None:
    """The API key: ``--api-key``, then ``L10N_<ENGINE>_API_KEY``, the client's own
    variable, then ``[mt.<engine>] api_key`` in l10n.toml."""
    if flag:
        return flag
    for var in (f"L10N_{spec.name.upper()}_API_KEY", *spec.key_env):
        if os.environ.get(var):
            return os.environ[var]
    value = settings.get("api_key")
    return str(value) if value else None


Translate = Callable[[str], str]


def open_engine(spec: EngineSpec, src: str, tgt: str, *, api_key: str | None,
                base_url: str | None, settings: Mapping[str, Any]) -> Translate:
    """A deep-translator client for ``src`` → ``tgt`` as a plain function."""
    import deep_translator
    import requests
    from deep_translator.exceptions import BaseError, LanguageNotSupportedException

    if spec.needs_key and not api_key:
        env = f"L10N_{spec.name.upper()}_API_KEY"
        raise InputError(f"--engine {spec.name}", "no API key",
                         f"Pass --api-key, set {env}, or add [mt.{spec.name}] api_key "
                         "to l10n.toml")
    codes = _LANG_CODES.get(spec.name, {})
    kwargs: dict[str, Any] = {"source": codes.get(src, src), "target": codes.get(tgt, tgt)}
    if spec.name == "libre":
        kwargs["api_key"] = api_key or "none"  # the client insists on one; open servers ignore it
        kwargs["custom_url"] = _slash(base_url or str(settings.get("base_url", ""))) or None
        kwargs["use_free_api"] = api_key is None
    elif spec.name == "baidu":
        kwargs["appkey"] = api_key
        kwargs["appid"] = str(settings.get("appid") or os.environ.get("BAIDU_APPID", ""))
    elif spec.needs_key:
        kwargs["api_key"] = api_key
    if spec.name == "microsoft" and settings.get("region"):
        kwargs["region"] = str(settings["region"])
    if spec.name == "chatgpt" and importlib.util.find_spec("openai") is None:
        raise InputError("--engine chatgpt", "deep-translator's ChatGPT client needs the "
                         "'openai' package", "Install it: pip install openai")
    if spec.name == "chatgpt" and settings.get("model"):
        kwargs["model"] = str(settings["model"])
    if base_url and not spec.base_url:
        raise InputError("--base-url", f"the {spec.name} engine has a fixed address",
                         "Use --base-url with --engine libre")
    try:
        client = getattr(deep_translator, spec.client)(**kwargs)
    except LanguageNotSupportedException as exc:
        raise InputError(f"--engine {spec.name}", f"{src} → {tgt} is not offered by this "
                         "engine (per deep-translator)",
                         "Choose another engine, e.g. google, libre or chatgpt") from exc
    except BaseError as exc:
        raise InputError(f"--engine {spec.name}", redact(str(exc.message), api_key),
                         "Check the languages and the key") from exc
    except requests.RequestException as exc:  # Microsoft's client asks for its languages
        raise InputError(f"--engine {spec.name}", "the engine cannot be reached",
                         "Check the network; nothing was changed") from exc

    def translate(text: str) -> str:
        result = client.translate(text)
        if not isinstance(result, str):
            raise ValueError("the engine answered without a translation")
        return result

    return translate


def _slash(url: str) -> str:
    """deep-translator appends ``translate`` to the base URL, so it must end with ``/``."""
    return url if not url or url.endswith("/") else url + "/"


def redact(text: str, secret: str | None) -> str:
    """``text`` with the API key blotted out: keys never reach logs or catalogs."""
    return text.replace(secret, "***") if secret else text


@dataclass(frozen=True, slots=True)
class Failure:
    """Why one request failed and whether trying again may help."""

    reason: str
    retry: bool
    offline: bool = False


_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def classify(exc: BaseException, api_key: str | None) -> Failure:
    """Map a client's exception to a :class:`Failure` (deep-translator hides the response,
    so ``Retry-After`` cannot be read: back-off decides the wait)."""
    import requests
    from deep_translator import exceptions as dt

    if isinstance(exc, requests.ConnectionError | ConnectionError):
        return Failure("cannot connect", retry=False, offline=True)
    if isinstance(exc, requests.Timeout | TimeoutError):
        return Failure("timed out", retry=True)
    if isinstance(exc, dt.TooManyRequests):
        return Failure("429 too many requests", retry=True)
    if isinstance(exc, dt.RequestError):  # Google's and MyMemory's "not 200" (mostly 5xx)
        return Failure("the server refused the request", retry=True)
    if isinstance(exc, dt.ServerException):
        status = next((code for code, text in dt.ServerException.errors.items()
                       if text == str(exc.args[0])), None)
        return Failure(f"server error {status or ''}".strip(), retry=status in _RETRY_STATUS
                       or status is None)
    if isinstance(exc, dt.AuthorizationException | dt.ApiKeyException):
        return Failure("the API key was refused", retry=False)
    if isinstance(exc, ValueError):  # invalid JSON (requests' JSONDecodeError is one)
        return Failure("invalid answer (not JSON)", retry=True)
    return Failure(redact(f"{type(exc).__name__}: {exc}", api_key), retry=False)
