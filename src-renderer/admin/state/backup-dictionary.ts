/** Texts of the backups screen (A10). */
import type { Dictionary } from '../../common/i18n';

export const backupDict = {
  navBackups: { ko: '백업', en: 'Backups' },
  bkTitle: { ko: '백업', en: 'Backups' },
  bkIntro: {
    ko: '매장 데이터(주문, 메뉴, 테이블, 직원, 결제)는 매시간·매일 자동으로 백업됩니다. 필요하면 지금 바로 백업하거나, 예전 백업으로 되돌릴 수 있습니다.',
    en: 'The store data (orders, menu, tables, staff, payments) is backed up every hour and every day. You can back up now or go back to an earlier backup.',
  },
  bkNow: { ko: '지금 백업', en: 'Back up now' },
  bkMaking: { ko: '백업 중…', en: 'Backing up…' },
  bkMade: { ko: '백업했습니다: {time}', en: 'Backed up: {time}' },
  bkEmpty: {
    ko: '아직 백업이 없습니다. "지금 백업"을 누르세요.',
    en: 'No backups yet. Press "Back up now".',
  },
  bkKind: { ko: '종류', en: 'Kind' },
  bkTime: { ko: '만든 시각', en: 'Made at' },
  bkSize: { ko: '크기', en: 'Size' },
  bkRestore: { ko: '복원', en: 'Restore' },
  bkNew: { ko: '새 백업', en: 'New' },
  bkKind_hourly: { ko: '매시간', en: 'Hourly' },
  bkKind_daily: { ko: '매일', en: 'Daily' },
  bkKind_manual: { ko: '수동', en: 'Manual' },
  bkKind_shutdown: { ko: '종료 시', en: 'At shutdown' },
  'bkKind_pre-migration': { ko: '업데이트 전', en: 'Before update' },
  'bkKind_pre-restore': { ko: '복원 전', en: 'Before restore' },
  bkRestoreTitle: { ko: '{time} 백업으로 복원', en: 'Restore the backup of {time}' },
  bkRestoreWhat: {
    ko: '매장의 지금 데이터 전체가 {time} 시점의 백업으로 바뀝니다: 모든 주문(진행 중인 주문과 이력), 결제, 메뉴와 옵션, 테이블, 직원 계정, 설정. 그 뒤에 생긴 주문과 변경은 화면에서 사라집니다.',
    en: 'All of the store data now is replaced by the backup of {time}: every order (open and in history), payments, the menu and options, tables, staff accounts and settings. Orders and changes made after it disappear from every screen.',
  },
  bkRestoreSafe: {
    ko: '복원하기 전에 지금 상태를 "복원 전" 백업으로 먼저 저장합니다. 잘못 복원했다면 그 백업으로 다시 되돌릴 수 있습니다.',
    en: 'Before restoring, the current state is saved as a "Before restore" backup first; if this was a mistake, restore that one.',
  },
  bkRestorePause: {
    ko: '복원하는 몇 초 동안 태블릿과 주방 화면은 주문을 받지 못하고, 끝나면 모든 화면이 스스로 새로 고칩니다.',
    en: 'For the few seconds it takes, tablets and the kitchen cannot take orders; afterwards every screen refreshes by itself.',
  },
  bkRestoreGo: { ko: '복원하기', en: 'Restore' },
  bkRestoring: {
    ko: '복원 중입니다… 창을 닫지 마세요.',
    en: 'Restoring… please keep this window open.',
  },
  bkRestored: {
    ko: '{time} 백업으로 복원했습니다. 복원 전 상태는 "복원 전" 백업으로 남아 있습니다. 모든 화면은 스스로 새로 고칩니다.',
    en: 'Restored the backup of {time}. The state before it is kept as a "Before restore" backup. Every screen refreshes by itself.',
  },
  bkGone: {
    ko: '이 백업은 더 이상 없습니다(보관 기간이 지나 지워졌을 수 있습니다). 목록을 새로 고쳤습니다.',
    en: 'This backup no longer exists (it may have been rotated out). The list has been refreshed.',
  },
  bkBusy: {
    ko: '매장 서버가 다른 작업(백업 또는 복원) 중입니다. 잠시 후 다시 시도하세요.',
    en: 'The store server is busy with another backup or restore. Try again shortly.',
  },
  bkDisk: {
    ko: '디스크에 쓸 수 없습니다(공간 부족 또는 권한 문제). 매장 PC의 저장 공간을 확인하세요.',
    en: 'Could not write to the disk (full or not allowed). Check the store PC storage.',
  },
} satisfies Dictionary;
