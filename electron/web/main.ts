import path from 'node:path';
import { parseArgs } from 'node:util';
import { DB_FILE_NAME, defaultDataDir, packageVersion, RENDERER_DIR, SEED_DIR } from '../node-paths';
import { startServices } from '../runtime';
import { startWebServer } from './server';
import { createNodeParser } from '../import/node-parser';

/** `npm run web [-- --db PATH]`: the product in a browser on this machine only. */
async function main() {
  const { values } = parseArgs({ options: { db: { type: 'string' } } });
  const dbPath = path.resolve(values.db ?? path.join(defaultDataDir(), DB_FILE_NAME));
  const services = await startServices({ dbPath, seedDir: SEED_DIR, shell: 'web', version: packageVersion(), parser: createNodeParser() });
  const server = await startWebServer({ dispatch: services.dispatch, staticDir: RENDERER_DIR, outputDir: services.outputDir });
  console.log(`Phối hợp Dân vận đang chạy tại: ${server.url}`);
  console.log(`Dữ liệu: ${dbPath}`);
  console.log('Chỉ máy này mở được địa chỉ trên. Nhấn Ctrl+C để dừng.');
  const stop = async () => {
    await server.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
