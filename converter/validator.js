// The converter's Node process: one long-lived `node converter/validator.js` per Python
// process, answering one request per line on stdin/stdout.
//
// - Validate (the validate stage's fast path): the request is a JSON string, the Action's
//   text. Answer: "ok", or a JSON array [message, line, column] of the first SyntaxError V8
//   reports. `new vm.Script` parses the whole text as a Script (as esprima's parseScript
//   does) and runs nothing.
// - Parse (the parse stage's fast path): the request is a JSON array ["parse", text, at],
//   `at` the offset where the parser inserts `_=` before a bare anonymous rule function (or
//   null). Answer: the tree on one JSON line, in esprima-fork's shape (below), with
//   `comments`, every range mapped back onto `text`; or "-" when this parse must be left to
//   esprima-fork in Python (any error, V8's included, and every text whose tree could differ
//   from esprima-fork's: see `Fallback` below). The parser is esprima-next (converter/vendor/), the
//   maintained JavaScript line of esprima, loaded on the first parse request.
"use strict";
const vm = require("vm");
const readline = require("readline");

// Node types whose esprima-next shape is checked equal to esprima-fork's (tests/
// test_node_parser.py compares the trees of every fixture, corpus rule and variant, and
// checks this list against converter/astutil.py's VISITOR_KEYS). A tree holding any other
// type is parsed in Python.
const KNOWN = new Set([
  "ArrayExpression", "ArrayPattern", "ArrowFunctionExpression", "AssignmentExpression",
  "AssignmentPattern", "AwaitExpression", "BinaryExpression", "BlockStatement",
  "BreakStatement", "CallExpression", "CatchClause", "ChainExpression",
  "ConditionalExpression", "ContinueStatement", "DebuggerStatement", "DoWhileStatement",
  "EmptyStatement", "ExpressionStatement", "ForInStatement", "ForOfStatement",
  "ForStatement", "FunctionDeclaration", "FunctionExpression", "Identifier", "IfStatement",
  "LabeledStatement", "Literal", "LogicalExpression", "MemberExpression", "NewExpression",
  "ObjectExpression", "ObjectPattern", "Program", "Property", "RestElement",
  "ReturnStatement", "SequenceExpression", "SpreadElement", "SwitchCase", "SwitchStatement",
  "TaggedTemplateExpression", "TemplateElement", "TemplateLiteral", "ThisExpression",
  "ThrowStatement", "TryStatement", "UnaryExpression", "UpdateExpression",
  "VariableDeclaration", "VariableDeclarator", "WhileStatement", "WithStatement",
  "YieldExpression", "Line", "Block",
]);
const PREFIX = "_=";
// esprima-fork counts positions in code points ("scalar"), V8 strings in UTF-16 units: a
// text with a character outside the BMP is parsed in Python. So is a hashbang, which
// esprima-next does not read, and a text with HTML-like comments (as in parser.py).
const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

class Fallback extends Error {}

let esprima = null;

function parse(text, at) {
  if (ASTRAL.test(text) || text.startsWith("#!") || text.includes("<!--") || text.includes("-->")) {
    throw new Fallback();
  }
  if (bracketDepth(text) > MAX_BRACKETS) throw new Fallback();
  if (esprima === null) {
    try {
      esprima = require("./vendor/esprima-next.cjs");
    } catch (error) {
      esprima = false; // a Node too old for it: every parse is esprima-fork's
    }
  }
  if (esprima === false) throw new Fallback();
  const source = at === null ? text : text.slice(0, at) + PREFIX + text.slice(at);
  // esprima-next misses some early errors (a `const` declared twice, say) that esprima-fork
  // reports: a text V8 does not compile is left to esprima-fork, which words the error.
  new vm.Script(source, { filename: "rule.js" });
  const program = esprima.parseScript(source, { range: true, comment: true });
  const stack = [program];
  const depths = [0];
  while (stack.length) {
    const node = stack.pop();
    const depth = depths.pop();
    if (depth > MAX_DEPTH) throw new Fallback();
    if (Array.isArray(node)) {
      for (const item of node) {
        if (item !== null && typeof item === "object") {
          stack.push(item);
          depths.push(depth);
        }
      }
      continue;
    }
    if (node.type !== undefined) reshape(node);
    if (at !== null && node.range !== undefined) unshift(node.range, at);
    for (const key in node) {
      const value = node[key];
      if (value !== null && typeof value === "object" && key !== "range") {
        stack.push(value);
        depths.push(depth + 1);
      }
    }
  }
  return program;
}

// esprima-fork's recursive descent gives up (R2A009) on deep nesting: from about 75 levels
// of brackets, and 240 of nested statements or expressions. Texts anywhere near that are
// parsed in Python, so that they fail there as they always did. The brackets are counted
// over the raw text (those in strings and comments too: a text counted too deep is only
// parsed more slowly).
const MAX_BRACKETS = 40;
const MAX_DEPTH = 120;

function bracketDepth(text) {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 41 || c === 93 || c === 125) {
      depth--;
    }
  }
  return deepest;
}

// esprima-next → esprima-fork: `async` is `isAsync` (set on every arrow), `for await` is
// `allowAwait`, a raw template string has LF for CR LF and CR, a regular expression's
// value is null (Python holds no RegExp). BigInt values, infinite numbers and integers past
// 2**53 do not travel as esprima-fork holds them: such texts are parsed in Python.
function reshape(node) {
  if (!KNOWN.has(node.type)) throw new Fallback();
  if ("async" in node) {
    node.isAsync = node.async === true;
    delete node.async;
  } else if (node.type === "ArrowFunctionExpression") {
    node.isAsync = false;
  }
  if (node.type === "ForOfStatement" && "await" in node) {
    node.allowAwait = node.await;
    delete node.await;
  } else if (node.type === "TemplateElement" && /[\u2028\u2029]/.test(node.value.raw)) {
    throw new Fallback(); // esprima-next makes LS and PS LF in the cooked value
  } else if (node.type === "TemplateElement" && node.value.raw.includes("\r")) {
    // A raw template string counts a CR LF or a CR as a LF, as esprima-fork does.
    node.value.raw = node.value.raw.replace(/\r\n?/g, "\n");
  } else if (node.type === "Literal") {
    const value = node.value;
    if (node.regex) node.value = null;
    else if (typeof value === "bigint") throw new Fallback();
    else if (typeof value === "number" && !exact(value)) throw new Fallback();
  }
}

// A number JSON carries as esprima-fork holds it: not Infinity (JSON has no such value),
// not an integer past 2**53 (esprima-fork keeps the exact integer of a hexadecimal, octal or
// binary literal).
function exact(value) {
  return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
}

function unshift(range, at) {
  const end = at + PREFIX.length;
  for (let i = 0; i < 2; i++) {
    if (range[i] >= end) range[i] -= PREFIX.length;
    else if (range[i] > at) range[i] = at;
  }
}

function validate(text) {
  try {
    new vm.Script(text, { filename: "action.js" });
    return "ok";
  } catch (error) {
    let where = [0, 0];
    const match = /action\.js:(\d+)/.exec(String(error.stack));
    if (match) where = [Number(match[1]), 0];
    return JSON.stringify([String(error.message), where[0], where[1]]);
  }
}

function answer(request) {
  if (typeof request === "string") return validate(request);
  try {
    return JSON.stringify(parse(request[1], request[2]));
  } catch (error) {
    return "-"; // a syntax error, an unchecked shape: esprima-fork decides
  }
}

if (require.main === module) {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => process.stdout.write(answer(JSON.parse(line)) + "\n"));
}
module.exports = { parse, KNOWN };
