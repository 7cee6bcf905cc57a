/** The backup file: its format and its checks. */
export { type Backup, makeBackup, readBackupText } from './backupFormat';
