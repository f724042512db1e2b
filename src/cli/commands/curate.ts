import type { Command } from 'commander';
import type { CurationRequest } from '../../curation.js';
import { ENTITY_KIND_NAMES, entityTypeNamed, InvalidArgumentError, plural, type EntityType, type Override } from '../../model/index.js';
import { DEFAULT_DATA_DIR, lockWaitMessage, openStore } from '../open-store.js';
import { stderrLogger } from '../logger.js';

function kind(value: string): EntityType {
  const type = entityTypeNamed(value);
  if (!type) throw new InvalidArgumentError(`unknown entity kind "${value}"; kinds: ${ENTITY_KIND_NAMES}`);
  return type;
}

function describe(o: Override): string {
  const subject = o.op === 'merge' ? o.from : o.entity;
  const what =
    o.op === 'merge' ? ` into "${o.into.name}"` : o.op === 'rename' ? ` to "${o.to}"` : o.op === 'alias' ? ` + "${o.alias}"` : '';
  return `${o.id}  ${o.at}  ${o.op} ${subject.type} "${subject.name}"${what}`;
}

async function withStore<T>(
  dataDir: string,
  work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>,
  access: 'write' | 'read' = 'write',
): Promise<T> {
  const store = await openStore(
    access === 'read'
      ? { dataDir, mustExist: true }
      : {
          dataDir,
          write: true,
          onWait: () => stderrLogger().warn(lockWaitMessage(dataDir)),
        },
  );
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerCurate(program: Command): void {
  const command = program
    .command('curate')
    .description('hand fixes of the extracted graph, kept by the store and re-applied by every later ingest')
    .option('--data-dir <dir>', 'where the embedded store keeps its graph', DEFAULT_DATA_DIR);
  const fix =
    (request: (...args: string[]) => CurationRequest) =>
    async (...args: unknown[]) => {
      const strings = args.filter((a): a is string => typeof a === 'string');
      const done = await withStore(command.opts<{ dataDir: string }>().dataDir, async (store) =>
        (await import('../../curation.js')).curate(store, request(...strings)),
      );
      process.stdout.write(`✓ ${describe(done)}\n`);
    };
  command
    .command('merge <kind> <from> <into>')
    .description('merge entity <from> into <into>: both names then find <into>')
    .action(fix((type, from, into) => ({ op: 'merge', type: kind(type!), from: from!, into: into! })));
  command
    .command('rename <kind> <name> <to>')
    .description('give an entity a new canonical name; the old one stays an alias')
    .action(fix((type, name, to) => ({ op: 'rename', type: kind(type!), name: name!, to: to! })));
  command
    .command('alias <kind> <name> <alias>')
    .description('add an alias to an entity')
    .action(fix((type, name, alias) => ({ op: 'alias', type: kind(type!), name: name!, alias: alias! })));
  command
    .command('hide <kind> <name>')
    .description('hide a wrong entity from every query and every later ingest')
    .action(fix((type, name) => ({ op: 'hide', type: kind(type!), name: name! })));
  command
    .command('unhide <kind> <name>')
    .description('bring a hidden entity back (its papers are extracted again)')
    .action(async (type: string, name: string) => {
      const { override, papers } = await withStore(command.opts<{ dataDir: string }>().dataDir, async (store) =>
        (await import('../../curation.js')).unhide(store, kind(type), name),
      );
      process.stdout.write(`✓ unhid ${override.entity.type} "${override.entity.name}" (${plural(papers, 'paper')} extracted again)\n`);
    });
  command
    .command('remove <id>')
    .description(
      'forget one hand fix (its id, or the start of it, is in `curate list`) and rebuild what it touched as if it had never been made',
    )
    .action(async (id: string) => {
      const { override, papers } = await withStore(command.opts<{ dataDir: string }>().dataDir, async (store) =>
        (await import('../../curation.js')).removeFix(store, id),
      );
      process.stdout.write(`✓ removed ${describe(override)} (${plural(papers, 'paper')} extracted again)\n`);
    });
  command
    .command('list')
    .description('the hand fixes in force, oldest first')
    .option('--json', 'as JSON')
    .action(async (flags: { json?: boolean }) => {
      // Reading needs no write lock: a running server or ingest must not make `list` wait.
      const overrides = await withStore(command.opts<{ dataDir: string }>().dataDir, (store) => store.listOverrides(), 'read');
      if (flags.json) process.stdout.write(`${JSON.stringify(overrides, null, 2)}\n`);
      else if (overrides.length === 0) process.stderr.write('no hand fixes in force (curate merge, rename, alias and hide make them)\n');
      else process.stdout.write(overrides.map((o) => `${describe(o)}\n`).join(''));
    });
}
