"""Build a deterministic synthetic corpus of Auth0 Rules for the benchmark.

The idioms and their weights follow /work/shared/reference/rule-idioms.md (282 real rules):
about 39% bare anonymous functions, 15% async, claims with URL namespaces / concatenation /
template literals, `configuration.*` reads, callbacks called directly and from request or
promise callbacks, metadata updates, MFA, redirects, SAML, `global.*`, `require(...)`.
Same seed, same bytes.

Two size distributions:

- ``uniform`` (default, ``--count 2000``): every file 0.5-10 KB (triangular, mode 1.8 KB);
- ``real`` (``--sizes real``, 300 files by default): the sizes of real rule sets, per rule
  10th percentile 0.5 KB, median 1.3 KB, 90th percentile 3.6 KB, largest 17 KB (about
  541 KB for 300 rules). The sizes are the quantiles of a log-normal fitted to those
  figures (``REAL_*``), one per file, in an order shuffled by the seed.

    python bench/gen_corpus.py OUT_DIR [--count 2000] [--seed 7] [--sizes uniform|real]
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import shutil
from pathlib import Path

NAMESPACES = ["https://example.com/", "https://myapp.example.org/claims/", "http://acme.io/"]
CONFIG_KEYS = [
    "SLACK_HOOK_URL",
    "SALESFORCE_CLIENT_ID",
    "SALESFORCE_CLIENT_SECRET",
    "FIREBASE_SECRET",
    "AUTH0SIGNALS_API_KEY",
    "personapi_url",
    "personapi_audience",
    "ENCRYPT_PASSWORD",
    "ENV",
    "MINFRAUD_LICENSE_KEY",
    "HASURA_URL",
    "ZAP_HOOK_URL",
    "THISDATA_API_KEY",
    "ACCESS_KEY",
]
MODULES = [
    ("request", None, 48),
    ("lodash", "4.17.10", 17),
    ("auth0", "2.9.1", 14),
    ("url", None, 9),
    ("jsonwebtoken", None, 9),
    ("node-fetch", "2.6.1", 8),
    ("axios", "0.21.1", 6),
    ("crypto", None, 6),
    ("uuid", None, 4),
    ("querystring", None, 3),
    ("aws-sdk", "2.5.3", 3),
]
USER_FIELDS = ["email", "user_id", "name", "given_name", "family_name", "nickname", "picture"]
CONTEXT_READS = [
    "context.clientID",
    "context.clientName",
    "context.connection",
    "context.protocol",
    "context.request.ip",
    "context.request.userAgent",
    "context.request.query.prompt",
    "context.stats.loginsCount",
    "context.connectionStrategy",
    "context.request.geoip.country_code",
]


def chance(rng: random.Random, rules: int, total: int = 282) -> bool:
    return rng.random() < rules / total


def ident(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.randrange(1000)}"


def claims(rng: random.Random, cb: str) -> list[str]:
    lines = []
    ns = rng.choice(NAMESPACES)
    form = rng.random()
    field = rng.choice(USER_FIELDS)
    if form < 0.5:
        lines.append(f"context.idToken['{ns}{field}'] = user.{field};")
    elif form < 0.7:
        lines.append(f"var namespace = '{ns}';")
        lines.append(f"context.idToken[namespace + '{field}'] = user.{field};")
        lines.append(f"context.accessToken[namespace + 'roles'] = user.app_metadata.roles;")
    elif form < 0.8:
        lines.append(f"const ns = '{ns}';")
        lines.append(f"context.idToken[`${{ns}}{field}`] = user.{field};")
    elif form < 0.9:
        lines.append(f"context.idToken.{field} = user.{field};")
    else:
        lines.append("context.accessToken.scope = (context.accessToken.scope || '') + ' read:x';")
    return lines


def config_reads(rng: random.Random) -> list[str]:
    keys = rng.sample(CONFIG_KEYS, rng.randint(1, 3))
    lines = []
    for i, key in enumerate(keys):
        if rng.random() < 0.8:
            lines.append(f"var setting{i} = configuration.{key};")
        else:
            lines.append(f"var setting{i} = configuration['{key}'];")
    return lines


def metadata(rng: random.Random, cb: str) -> list[str]:
    kind = "app_metadata" if rng.random() < 0.7 else "user_metadata"
    update = "updateAppMetadata" if kind == "app_metadata" else "updateUserMetadata"
    lines = [
        f"user.{kind} = user.{kind} || {{}};",
        f"user.{kind}.last_login_ip = context.request.ip;",
        f"user.{kind}.logins = (user.{kind}.logins || 0) + 1;",
    ]
    if rng.random() < 0.75:
        lines += [
            f"auth0.users.{update}(user.user_id, user.{kind})",
            "  .then(function () {",
            f"    {cb}(null, user, context);",
            "  })",
            "  .catch(function (err) {",
            f"    {cb}(err);",
            "  });",
            "return;",
        ]
    return lines


def mfa(rng: random.Random) -> list[str]:
    provider = rng.choice(["any", "guardian", "google-authenticator"])
    return [
        f"if (context.clientID === '{rng.randrange(10**8):08x}') {{",
        "  context.multifactor = {",
        f"    provider: '{provider}',",
        "    allowRememberBrowser: false",
        "  };",
        "}",
    ]


def redirect(rng: random.Random, cb: str) -> list[str]:
    return [
        "if (context.protocol === 'redirect-callback') {",
        f"  return {cb}(null, user, context);",
        "}",
        "context.redirect = {",
        f"  url: 'https://consent.example.com/form?tag={rng.randrange(999)}'",
        "};",
    ]


def saml(rng: random.Random) -> list[str]:
    return [
        "context.samlConfiguration = context.samlConfiguration || {};",
        "context.samlConfiguration.mappings = {",
        "  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': 'upn',",
        "  'http://schemas.xmlsoap.org/claims/Group': 'groups'",
        "};",
        f"context.samlConfiguration.lifetimeInSeconds = {rng.choice([3600, 7200, 28800])};",
    ]


def global_use(rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return [
            "global.log = global.log || function (msg) { console.log(msg); };",
            "global.log('login ' + user.user_id);",
        ]
    return ["if (!global.cache) { global.cache = {}; }", "global.cache[user.user_id] = Date.now();"]


def deny(rng: random.Random, cb: str) -> list[str]:
    if rng.random() < 0.6:
        return [
            "if (!user.email_verified) {",
            f"  return {cb}(new UnauthorizedError('Please verify your email before logging in.'));",
            "}",
        ]
    return [
        "if (context.request.geoip && context.request.geoip.country_code === 'XX') {",
        f"  return {cb}(new Error('blocked country'));",
        "}",
    ]


def request_call(rng: random.Random, cb: str, depth: int) -> list[str]:
    inner = [f"{cb}(null, user, context);"]
    if depth > 1:
        inner = request_call(rng, cb, depth - 1)
    method = rng.choice(["request", "request.post", "request.get"])
    lines = [
        f"{method}({{",
        f"  url: configuration.{rng.choice(CONFIG_KEYS)} + '/users/' + user.user_id,",
        "  json: { email: user.email, id: user.user_id },",
        "  timeout: 5000",
        "}, function (err, response, body) {",
        f"  if (err) return {cb}(err);",
        "  if (response.statusCode !== 200) {",
        f"    return {cb}(new Error('status ' + response.statusCode));",
        "  }",
    ]
    lines += ["  " + line for line in inner]
    lines.append("});")
    return lines


def filler(rng: random.Random, index: int) -> list[str]:
    """Helper functions and comments that real rules carry (padding to a target size)."""
    name = f"helper{index}_{rng.randrange(1000)}"
    choice = rng.random()
    if choice < 0.4:
        return [
            f"// {name}: normalises a value coming from the identity provider",
            f"function {name}(value, fallback) {{",
            "  if (value === undefined || value === null) { return fallback; }",
            "  var parts = String(value).split(',').map(function (p) { return p.trim(); });",
            "  return parts.filter(function (p) { return p.length > 0; }).join(',');",
            "}",
        ]
    if choice < 0.7:
        return [
            f"var {name} = {{",
            f"  threshold: {rng.randrange(100)},",
            f"  label: 'group-{rng.randrange(100)}',",
            "  enabled: " + rng.choice(["true", "false"]) + ",",
            "  domains: ['example.com', 'example.org', 'example.net']",
            "};",
        ]
    return [
        "/*",
        f" * {name}: kept for the audit trail; see the change log of the tenant.",
        " * The values below mirror the directory groups of the identity provider.",
        " */",
        f"var {name} = user.app_metadata && user.app_metadata.groups ? "
        "user.app_metadata.groups.slice(0) : [];",
    ]


# The real size distribution (bytes per rule): a log-normal through the 10th percentile,
# the median and the 90th percentile, and the largest rule.
REAL_P10, REAL_MEDIAN, REAL_P90, REAL_MAX = 500, 1300, 3600, 17_000


def real_sizes(count: int) -> list[int]:
    """``count`` target sizes, the quantiles of the real distribution (sorted)."""
    normal = statistics.NormalDist()
    sigma = math.log(REAL_P90 / REAL_P10) / (2 * normal.inv_cdf(0.9))
    mu = math.log(REAL_MEDIAN)
    sizes = [round(math.exp(mu + sigma * normal.inv_cdf((i + 0.5) / count))) for i in range(count)]
    sizes[-1] = REAL_MAX
    return [min(size, REAL_MAX) for size in sizes]


def rule(rng: random.Random, number: int) -> str:
    """One rule of the uniform corpus (0.5-10 KB)."""
    shape = skeleton(rng, number)
    return pad(rng, shape, shape["drawn"], 10_000)


def skeleton(rng: random.Random, number: int) -> dict:
    """The idioms of one rule (the same mix for every size distribution), unpadded."""
    cb = "callback"
    r = rng.random()
    if r < 3 / 282:
        cb = "done"
    elif r < 5 / 282:
        cb = "cb"
    anonymous = chance(rng, 109)
    is_async = chance(rng, 41)
    drawn = int(rng.triangular(500, 10_000, 1800))
    header: list[str] = []
    if chance(rng, 118):
        for name, version, _ in rng.sample(MODULES, rng.randint(1, 2)):
            spec = f"{name}@{version}" if version and rng.random() < 0.5 else name
            var = name.replace("-", "_").replace(".", "_").replace("/", "_")
            header.append(f"var {var} = require('{spec}');")
    body: list[str] = []
    tail_done = False
    if chance(rng, 87):
        body += config_reads(rng)
    body += [f"var {ident(rng, 'v')} = {rng.choice(CONTEXT_READS)};" for _ in range(2)]
    body += [f"var {ident(rng, 'u')} = user.{rng.choice(USER_FIELDS)};"]
    if chance(rng, 34):
        body += deny(rng, cb)
    if chance(rng, 80):
        body += claims(rng, cb)
    if chance(rng, 24):
        body += mfa(rng)
    if chance(rng, 25):
        body += redirect(rng, cb)
    if chance(rng, 28):
        body += saml(rng)
    if chance(rng, 42):
        body += global_use(rng)
    if is_async and rng.random() < 0.6:
        body += [
            "try {",
            "  const res = await fetchProfile(user.user_id);",
            "  user.profile_score = res.score;",
            "} catch (e) {",
            f"  return {cb}(e);",
            "}",
        ]
        header += [
            "async function fetchProfile(id) {",
            "  return { score: id.length };",
            "}",
        ]
    if chance(rng, 58):
        body += metadata(rng, cb)
        tail_done = body[-1] == "return;"
    elif chance(rng, 101 - 40):
        body += request_call(rng, cb, rng.choice([1, 1, 1, 2, 2, 3]))
        tail_done = True
    if not tail_done:
        body.append(f"{cb}(null, user, context);")
    return {
        "number": number,
        "anonymous": anonymous,
        "is_async": is_async,
        "cb": cb,
        "header": header,
        "body": body,
        "drawn": drawn,
    }


def size_of(shape: dict, helpers: list[str] = []) -> int:
    return len(_text(shape, helpers).encode("utf-8"))


def _text(shape: dict, helpers: list[str]) -> str:
    return _assemble(
        shape["number"],
        shape["anonymous"],
        shape["is_async"],
        shape["cb"],
        shape["header"] + helpers,
        shape["body"],
    )


def pad(rng: random.Random, shape: dict, target: int, limit: int, nearest: bool = False) -> str:
    """The rule padded with helpers and comments to at least ``target`` bytes (``nearest``:
    to the size nearest ``target``), and at most ``limit`` while a helper can be dropped."""
    count = 0
    blocks: list[list[str]] = []
    before = 0
    while True:
        text = _text(shape, [line for block in blocks for line in block])
        size = len(text.encode("utf-8"))
        if size >= target or count > 400:
            if nearest and blocks and size - target > target - before:
                blocks.pop()
                text = _text(shape, [line for block in blocks for line in block])
            break
        before = size
        blocks.append(filler(rng, count))
        count += 1
    while len(text.encode("utf-8")) > limit and blocks:
        blocks.pop()
        text = _text(shape, [line for block in blocks for line in block])
    return text


def _assemble(number, anonymous, is_async, cb, outer, body) -> str:
    asyncness = "async " if is_async else ""
    indented = "\n".join("  " + line for line in body)
    if anonymous:
        # A bare anonymous rule: helpers go inside the function.
        inner = "\n".join("  " + line for line in outer)
        return f"{asyncness}function (user, context, {cb}) {{\n{inner}\n{indented}\n}}\n"
    head = "\n".join(outer)
    return f"{head}\n\n{asyncness}function rule{number}(user, context, {cb}) {{\n{indented}\n}}\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=None, help="2000 (uniform), 300 (real)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sizes", choices=["uniform", "real"], default="uniform")
    args = parser.parse_args()
    write_corpus(Path(args.out), args.count, args.seed, args.sizes)


def write_corpus(
    out: Path, count: int | None = None, seed: int = 7, sizes: str = "uniform"
) -> None:
    rng = random.Random(seed)
    if count is None:
        count = 300 if sizes == "real" else 2000
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if sizes == "real":
        texts = real_rules(rng, count)
    else:
        texts = (rule(rng, number) for number in range(count))
    for number, text in enumerate(texts):
        sub = out / f"team{number % 20:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"rule{number:04d}.js").write_bytes(text.encode("utf-8"))


def real_rules(rng: random.Random, count: int) -> list[str]:
    """``count`` rules of the real size distribution: the idioms are drawn as for the
    uniform corpus; the smallest rules get the smallest sizes (by rank), since a rule is
    never smaller than its idioms; padding then brings each to its size."""
    shapes = [skeleton(rng, number) for number in range(count)]
    order = sorted(range(count), key=lambda i: (size_of(shapes[i]), i))
    targets = [0] * count
    for size, index in zip(real_sizes(count), order):
        targets[index] = size
    return [
        pad(rng, shape, target, REAL_MAX, nearest=True) for shape, target in zip(shapes, targets)
    ]


if __name__ == "__main__":
    main()
