// Prints a TCP port on 127.0.0.1 that is free right now (used by scripts/test.sh).
import { createServer } from 'node:net';

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => console.log(port));
});
