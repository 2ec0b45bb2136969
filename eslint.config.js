import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Beyond the recommended rules, the import boundaries that keep the picture true: only
 * electron/shell imports 'electron'; the renderer imports nothing of electron/ or Node; shared/
 * stays pure.
 */
export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Chỉ electron/shell được import electron.' },
            { name: 'zod', message: 'Import z từ shared/zod.ts để cấu hình (tiếng Việt, không JIT) luôn có hiệu lực.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/shell/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Import z từ shared/zod.ts.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3', 'kysely', 'exceljs', 'docx', 'zod'], message: 'Renderer chỉ dùng shared/ và thư viện giao diện.' }] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'better-sqlite3', 'kysely', 'exceljs', 'docx'], message: 'shared/ là mã thuần, không phụ thuộc Node hay giao diện.' }] },
      ],
    },
  },
);
