// Preload (`node --require test/robustness/noNetwork.cjs ...`) that makes every network API throw.
// Drafts are confidential: the server and the CLI must never open a socket, resolve a name or fetch.
// Each attempt writes a marker line to stderr before throwing, so a test sees it even when the
// caller catches the error.
'use strict';
const MARKER = 'ITEM1C-NETWORK-ATTEMPT';
// Lets a test confirm that the preload really ran in the process it watches.
if (process.env.ITEM1C_NO_NETWORK_ANNOUNCE) process.stderr.write('ITEM1C-NO-NETWORK-ACTIVE\n');

function blocked(name) {
  return function () {
    const stack = new Error().stack.split('\n').slice(2, 6).join(' | ');
    try {
      process.stderr.write(`${MARKER} ${name} ${stack}\n`);
    } catch {
      // stderr closed: the throw below still stops the call.
    }
    throw new Error(`${MARKER}: ${name} is not allowed (item1c must not use the network)`);
  };
}

function stub(mod, names, prefix) {
  for (const name of names) {
    if (typeof mod[name] === 'function') mod[name] = blocked(`${prefix}.${name}`);
  }
}

const net = require('node:net');
stub(net, ['connect', 'createConnection'], 'net');
// Sockets created directly (`new net.Socket().connect(...)`) go through Socket.prototype.connect;
// local IPC (a path, or an fd the parent opened) stays allowed: the VS Code client talks over it.
const socketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = args[0];
  const isPath = typeof first === 'string' || (first && typeof first === 'object' && typeof first.path === 'string');
  if (!isPath) return blocked('net.Socket.connect')();
  return socketConnect.apply(this, args);
};
stub(require('node:tls'), ['connect'], 'tls');
const dns = require('node:dns');
stub(dns, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse'], 'dns');
if (dns.promises) stub(dns.promises, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse'], 'dns.promises');
stub(require('node:http'), ['request', 'get'], 'http');
stub(require('node:https'), ['request', 'get'], 'https');
try {
  stub(require('node:http2'), ['connect'], 'http2');
} catch {
  // http2 is always there on Node 20; nothing to block otherwise.
}
stub(require('node:dgram'), ['createSocket'], 'dgram');
if (typeof globalThis.fetch === 'function') globalThis.fetch = blocked('fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('WebSocket');
