// Waits until a node answers `system_chain` over HTTP JSON-RPC; exits 1 after the timeout.
// Usage: node lib/wait-ready.js PORT [TIMEOUT_SECONDS]
const port = Number(process.argv[2]);
const deadline = Date.now() + 1000 * Number(process.argv[3] ?? 120);

while (Date.now() < deadline) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_chain', params: [] }),
    });
    if (res.ok) {
      const { result } = await res.json();
      console.log(`node ready: ${result}`);
      process.exit(0);
    }
  } catch {
    // Not listening yet.
  }
  await new Promise((r) => setTimeout(r, 500));
}
console.error(`no answer on port ${port}`);
process.exit(1);
