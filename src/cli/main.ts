// The `sicremi` command line: a thin shell over the same functions the server uses.
// Usage errors (unknown command or flag, missing argument) exit 2; help exits 0.
import { Command, CommanderError } from 'commander';
import { registerBackupCommands } from './commands/backup.js';
import { registerBulkCommands } from './commands/bulk.js';
import { registerDbCommands } from './commands/db.js';
import { registerDemoCommands } from './commands/demo.js';
import { registerFilesCommands } from './commands/files.js';
import { registerFrameworkCommands } from './commands/framework.js';
import { registerImportCommand } from './commands/import.js';
import { registerRemindersCommands } from './commands/reminders.js';
import { registerReportCommand } from './commands/report.js';
import { registerServeCommand } from './commands/serve.js';
import { registerTemplateCommand } from './commands/template.js';
import { registerUsersCommands } from './commands/users.js';
import { registerValidateCommand } from './commands/validate.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command('sicremi')
    .description('SICREMI — Continuous Reporting System on Labour Migration of the Americas')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  registerServeCommand(program);
  registerDbCommands(program);
  registerDemoCommands(program);
  registerFrameworkCommands(program);
  registerValidateCommand(program);
  registerImportCommand(program);
  registerTemplateCommand(program);
  registerReportCommand(program);
  registerUsersCommands(program);
  registerRemindersCommands(program);
  registerBackupCommands(program);
  registerFilesCommands(program);
  registerBulkCommands(program);
  // Subcommands inherit the override so their usage errors reach main() too.
  for (const command of program.commands) applyExitOverride(command);
  return program;
}

function applyExitOverride(command: Command): void {
  command.exitOverride();
  for (const sub of command.commands) applyExitOverride(sub);
}

const HELP_CODES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** Runs the CLI and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return HELP_CODES.has(error.code) ? EXIT_OK : EXIT_USAGE;
    process.stderr.write(`sicremi: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
