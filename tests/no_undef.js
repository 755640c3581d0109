// ESLint's `no-undef` (with Node's globals) over many files in one process.
// stdin: {"eslint": DIR, "globals": DIR, "files": [{"name": ..., "text": ...}, ...]}
// stdout: {"<name>": [{"line": L, "column": C, "message": M, "fatal": bool}, ...], ...}
'use strict';

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const { Linter } = require(input.eslint);
  const globals = require(input.globals);
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      files: ['**/*.js'],
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'commonjs',
        globals: { ...globals.node },
      },
      rules: { 'no-undef': 'error' },
    },
  ];
  const out = {};
  for (const file of input.files) {
    const messages = linter.verify(file.text, config, { filename: 'action.js' });
    out[file.name] = messages.map((m) => ({
      line: m.line,
      column: m.column,
      message: m.message,
      fatal: Boolean(m.fatal),
    }));
  }
  process.stdout.write(JSON.stringify(out));
});
