// The Node side of notes.site.NodeJs: one request per line on stdin, one reply per line on stdout.
// Requests (JSON): {"load": SCRIPT, "fn": FUNCTION} loads a library into a context of its own, like GraalJs does,
// and replies with the function's number; {"call": NUMBER, "args": [...]} calls it. Replies: R + the result in
// Base64 (UTF-8), N for null or undefined, E + the error's message in Base64. Exits when stdin closes (the JVM ended).
'use strict';
const vm = require('vm');
const readline = require('readline');

const functions = [];
const base64 = text => Buffer.from(String(text), 'utf8').toString('base64');

function answer(request) {
  if (request.load !== undefined) {
    const context = vm.createContext({});
    vm.runInContext('var window = globalThis; var self = globalThis;', context);
    vm.runInContext(request.load, context);
    functions.push(vm.runInContext(request.fn, context));
    return 'R' + base64(functions.length - 1);
  }
  const result = functions[request.call].apply(null, request.args);
  return result == null ? 'N' : 'R' + base64(result);
}

const lines = readline.createInterface({input: process.stdin, crlfDelay: Infinity});
lines.on('line', line => {
  let reply;
  try {
    reply = answer(JSON.parse(line));
  } catch (e) {
    reply = 'E' + base64(e && typeof e.message === 'string' ? e.message : e);
  }
  process.stdout.write(reply + '\n');
});
lines.on('close', () => process.exit(0));
process.stdout.write('ready ' + process.version + '\n');
