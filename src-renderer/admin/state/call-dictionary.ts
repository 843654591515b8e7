/** Texts of staff calls in the admin app (T9): the presets editor, table cards, guest phones (T11). */
import type { Dictionary } from '../../common/i18n';

export const callAdminDict = {
  navCallPresets: { ko: '호출 버튼', en: 'Call buttons' },
  presetsTitle: { ko: '직원 호출 버튼', en: 'Staff-call buttons' },
  presetsIntro: {
    ko: '손님이 태블릿의 직원 호출에서 고르는 버튼입니다 (최대 {n}개, 이름은 {max}자까지). 순서대로 보입니다. 번역이 없으면 한국어 이름이 보입니다.',
    en: 'The buttons guests pick in the staff call on the tablet (at most {n}, names up to {max} characters), shown in this order. Without a translation the Korean name is shown.',
  },
  presetLabel: { ko: '버튼 이름 (한국어)', en: 'Button name (Korean)' },
  presetLangEn: { ko: 'English', en: 'English' },
  presetLangZh: { ko: '中文', en: 'Chinese' },
  presetLangJa: { ko: '日本語', en: 'Japanese' },
  presetUnnamed: { ko: '(이름 없음)', en: '(no name)' },
  presetAdd: { ko: '+ 버튼 추가', en: '+ Add button' },
  presetsFull: { ko: '버튼은 최대 {n}개입니다.', en: 'At most {n} buttons.' },
  presetsEmpty: {
    ko: '버튼이 없습니다. 손님은 메모로만 호출할 수 있습니다.',
    en: 'No buttons. Guests can only call with a note.',
  },
  presetLabelRequired: { ko: '이름을 입력하세요.', en: 'Enter a name.' },
  presetLabelTooLong: { ko: '{n}자 이하로 입력하세요.', en: 'At most {n} characters.' },
  presetDuplicate: { ko: '같은 이름의 버튼이 이미 있습니다.', en: 'Another button has this name.' },
  presetInvalid: { ko: '서버가 이 값을 받지 않았습니다.', en: 'The server did not accept this value.' },
  presetsFix: {
    ko: '표시된 칸을 고친 뒤 저장하세요.',
    en: 'Fix the marked fields, then save.',
  },
  presetsSaved: { ko: '호출 버튼을 저장했습니다.', en: 'Call buttons saved.' },
  presetsRevert: { ko: '되돌리기', en: 'Revert' },
  unsavedChanges: { ko: '저장하지 않은 변경이 있습니다', en: 'Unsaved changes' },
  presetDeleteTitle: { ko: '호출 버튼 삭제', en: 'Delete call button' },
  presetDeleteConfirm: {
    ko: '"{name}" 버튼을 목록에서 뺍니다. 저장하면 손님 화면에서 사라집니다 (이미 받은 호출은 그대로).',
    en: 'Remove the "{name}" button from the list? Once saved, guests no longer see it (calls already made keep it).',
  },

  // Dashboard cards
  tableCalls: { ko: '직원 호출', en: 'Staff calls' },
  callAck: { ko: '확인', en: 'Got it' },
  callDone: { ko: '완료', en: 'Done' },
  callSeen: { ko: '확인함', en: 'Seen' },
  callNoteOnly: { ko: '요청 메모', en: 'Note' },

  // Guest phones (T11)
  revokePhones: { ko: '휴대폰 연결 해제', en: 'Disconnect phones' },
  revokePhonesConfirm: {
    ko: '{n}번 테이블에 QR로 연결된 손님 휴대폰을 모두 로그아웃합니다. 태블릿은 그대로입니다.',
    en: "Log out every guest phone that joined table {n} by QR? The table's tablet stays signed in.",
  },
  phonesRevoked: {
    ko: '{n}번 테이블 휴대폰 {count}대 연결 해제',
    en: 'Table {n}: {count} phone(s) disconnected',
  },
} satisfies Dictionary;
