// The validate stage's fast path: one long-lived Node process that compiles Actions.
//
// Protocol on stdin/stdout, one request per line: a JSON string (the Action's text).
// Answer, one line per request: "ok", or a JSON array [message, line, column] of the
// first SyntaxError V8 reports. `new vm.Script` parses the whole text as a Script (as
// esprima's parseScript does) and runs nothing.
"use strict";
const vm = require("vm");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  let answer = "ok";
  try {
    new vm.Script(JSON.parse(line), { filename: "action.js" });
  } catch (error) {
    let where = [0, 0];
    const match = /action\.js:(\d+)/.exec(String(error.stack));
    if (match) where = [Number(match[1]), 0];
    answer = JSON.stringify([String(error.message), where[0], where[1]]);
  }
  process.stdout.write(answer + "\n");
});
