import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'node_modules/',
    'dist/',
    '.data/',
    'coverage/',
    'test/support/generated/',
    'web/src/generated/',
    'src/db/migrations/Migration*.ts',
    'patches/',
    'bench/.out/',
    'test-artifacts/',
    '.venv-bi/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        // Mirror tsconfig.json. With both set, consistent-type-imports skips files that carry
        // decorators: marking a class import `type` there turns its design:type metadata into
        // Object/Function, which MikroORM's ReflectMetadataProvider and type-graphql read.
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
      },
    },
  },
  {
    rules: {
      curly: ['error', 'all'],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        {
          prefer: 'type-imports',
          fixStyle: 'inline-type-imports',
          // `import('x').T` annotations also emit Object metadata, and the rule cannot see
          // whether they sit under a decorator; keep them forbidden everywhere.
          disallowTypeAnnotations: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          args: 'after-used',
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // the pages' build scripts (web/*.mjs) run in Node as ES modules
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly' },
    },
  },
);
