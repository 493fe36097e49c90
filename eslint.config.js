import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/**
 * The import boundaries (the README's «Folders» table, enforced). Each zone forbids the files
 * under `target` to import anything under `from` (but `except`); type-only imports count too.
 * Paths are resolved, so `#src/…`, relative paths and packages are judged alike.
 */
const everywhereBut = (folder, inside) => [
  `./src/!(${folder})/**`,
  './src/*.ts',
  `./src/${folder}/!(${inside})/**`,
  `./src/${folder}/*.ts`,
];
const production = ['./commands/**', './bench/**'];
const zones = [
  // domain/: pure types and rules; luxon, zod, date-holidays and date-chinese (the lunar calendar) only
  // (see no-restricted-imports below).
  { target: './src/domain', from: './src', except: ['./domain'], message: 'src/domain/ imports no other folder.' },
  {
    target: './src/domain',
    from: ['./commands', './bench', './test'],
    message: 'src/domain/ imports no other folder.',
  },
  // domain/agencies/: one module, one public surface (its index.ts); its own tests may reach inside.
  {
    target: [
      './src/!(domain)/**',
      './src/*.ts',
      './src/domain/*.ts',
      './src/domain/!(agencies)/**',
      ...production,
      './scripts/**',
      './test/!(domain)/**',
      './test/*.ts',
      './test/domain/*.ts',
      './test/domain/!(agencies)/**',
    ],
    from: './src/domain/agencies',
    except: ['./index.ts'],
    message: 'The agencies module is imported through its index.ts only (src/domain/agencies/index.js).',
  },
  // chat/: the shared words of chat (reply model, sender, channel address, channel port).
  {
    target: './src/chat',
    from: './src',
    except: ['./chat', './domain'],
    message: 'src/chat/ imports only src/domain/.',
  },
  {
    target: './src/state',
    from: './src',
    except: ['./state', './domain', './chat'],
    message: 'src/state/ imports only src/domain/ and src/chat/.',
  },
  {
    target: './src/store',
    from: './src',
    except: ['./store', './domain', './config.ts'],
    message: 'src/store/ imports only src/domain/ and the config.',
  },
  {
    target: './src/conversation',
    from: './src',
    except: ['./conversation', './chat', './domain', './state', './store', './understanding'],
    message: 'src/conversation/ imports only chat, domain, state, store and understanding.',
  },
  {
    target: './src/channels',
    from: './src',
    except: ['./channels', './chat', './conversation', './state', './domain', './config.ts'],
    message:
      'A channel receives its dependencies as a declared type; it imports only chat, conversation, state, domain and the config.',
  },
  {
    target: ['./src/channels', './src/conversation', './src/reminders'],
    from: './commands',
    message: 'Channels, the conversation and reminders get the commands from the composition root (src/app.ts).',
  },
  {
    // The training script (npm run train) reads the commands' slash names; the rest of understanding does not.
    target: ['./src/understanding/*.ts', './src/understanding/model/!(train-main).ts'],
    from: './src',
    except: ['./understanding', './domain', './store/snapshot.ts'],
    message: 'src/understanding/ imports only src/domain/ and the store snapshot.',
  },
  {
    target: ['./src/understanding/*.ts', './src/understanding/model/!(train-main).ts'],
    from: './commands',
    message: 'src/understanding/ imports only src/domain/ and the store snapshot.',
  },
  {
    target: './src/plans',
    from: ['./src/channels', './src/conversation', './src/reminders', './src/state', './src/chat', './commands'],
    message: 'src/plans/ reads plans; it knows no chat.',
  },
  {
    target: './src/reminders',
    from: ['./src/channels', './src/plans'],
    message: 'Reminders send through the notifier (src/chat/port.ts), never a channel.',
  },
  {
    target: './commands',
    from: ['./src/channels', './src/plans'],
    message: 'A command answers through the reply model; it knows no channel.',
  },
  // The composition root and the process entry.
  {
    target: ['./src/!(cli)/**', './commands/**'],
    from: './src/app.ts',
    message: 'Only the process entry (src/cli/) builds the app; pass declared dependencies instead.',
  },
  {
    target: ['./src/!(cli)/**', './src/*.ts', ...production, './test/**'],
    from: './src/cli',
    message: 'Nothing imports the process entry (src/cli/).',
  },
  { target: './src/cli', from: './src/cli/index.ts', message: 'Nothing imports the process entry (src/cli/index.ts).' },
  // Tests and benchmarks meet in test/support/ only.
  {
    target: ['./test/!(support)/**', './test/*.ts'],
    from: './bench',
    message: 'Tests reach bench/ only through test/support/.',
  },
  {
    target: './bench',
    from: './test',
    except: ['./support'],
    message: 'bench/ imports from test/ only test/support/.',
  },
  // I/O libraries, each behind one adapter (tests may open SQLite files to inspect them).
  {
    target: [...everywhereBut('channels', 'telegram'), ...production],
    from: ['./node_modules/grammy', './node_modules/@grammyjs'],
    message: 'Only src/channels/telegram/ imports grammY.',
  },
  {
    target: [...everywhereBut('store', 'google'), ...production],
    from: ['./node_modules/googleapis', './node_modules/googleapis-common', './node_modules/google-auth-library'],
    message: 'Only src/store/google/ imports googleapis.',
  },
  {
    target: ['./src/!(store|state)/**', './src/*.ts', ...production],
    from: ['./node_modules/better-sqlite3', './node_modules/@types/better-sqlite3'],
    message: 'Only src/store/ and src/state/ import better-sqlite3.',
  },
];

export default tseslint.config(
  // The fixture generator needs packages the project does not install (see its header).
  { ignores: ['node_modules/', 'data/', 'coverage/', 'test/fixtures/**/*.mjs', 'dist/', 'dist-test-*/', '*.tsc/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Adapters implement async ports synchronously (SQLite is synchronous); that is fine.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] },
  },
  {
    // Node's own I/O modules and any package but these stay out of the domain.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?![.#]|luxon$|zod$|date-holidays$|date-chinese$)',
              message: 'src/domain/ imports only luxon, zod, date-holidays and date-chinese: no I/O library.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
