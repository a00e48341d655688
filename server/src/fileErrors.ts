// What went wrong reading a file, in words for the person who named it: shared by the CLI's draft
// reader and the configuration loader, which differ only in what a directory is not.
export function describeIoError(err: unknown, directory = 'is a directory'): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return directory;
    case 'ELOOP':
      return 'is a symbolic link loop';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
