/**
 * The demo store's menu: what a small Korean restaurant really enters — required and optional
 * option groups, sizes, English/Chinese/Japanese names, 원산지 lines, allergens, badges and
 * prep times — so a fresh install shows every feature of the menu. Only 김치찌개 (맵기) and 콜라
 * (사이즈) have a required group: every other dish can still be ordered by a tablet that
 * predates options.
 */
import type { Allergen, Badge } from '../../src-shared/menu-codes';
import type { MenuTranslation, NameTranslation, Translations } from '../../src-shared/types';

export interface DemoOptionGroup {
  name: string;
  min: number;
  max: number;
  tr: Translations<NameTranslation>;
  options: { name: string; delta: number; tr: Translations<NameTranslation> }[];
}

export interface DemoDish {
  name: string;
  price: number;
  description: string;
  image: string | null;
  tr: Translations<MenuTranslation>;
  origin: string | null;
  allergens: Allergen[];
  badges: Badge[];
  prep: number | null;
  groups?: DemoOptionGroup[];
}

const n = (en: string, zh: string, ja: string): Translations<NameTranslation> => ({
  en: { name: en },
  zh: { name: zh },
  ja: { name: ja },
});
const d = (
  en: [string, string],
  zh: [string, string],
  ja: [string, string],
): Translations<MenuTranslation> => ({
  en: { name: en[0], description: en[1] },
  zh: { name: zh[0], description: zh[1] },
  ja: { name: ja[0], description: ja[1] },
});

const SPICE: DemoOptionGroup = {
  name: '맵기',
  min: 1,
  max: 1,
  tr: n('Spiciness', '辣度', '辛さ'),
  options: [
    { name: '순한맛', delta: 0, tr: n('Mild', '微辣', '甘口') },
    { name: '보통', delta: 0, tr: n('Medium', '中辣', '普通') },
    { name: '매운맛', delta: 0, tr: n('Hot', '特辣', '辛口') },
  ],
};
const RICE: DemoOptionGroup = {
  name: '공기밥',
  min: 0,
  max: 1,
  tr: n('Rice', '米饭', 'ご飯'),
  options: [{ name: '공기밥 추가', delta: 1000, tr: n('Extra rice', '加米饭', 'ご飯追加') }],
};
const SIZE = (large: number): DemoOptionGroup => ({
  name: '사이즈',
  min: 1,
  max: 1,
  tr: n('Size', '杯型', 'サイズ'),
  options: [
    { name: '기본', delta: 0, tr: n('Regular', '标准', 'レギュラー') },
    { name: '큰 사이즈', delta: large, tr: n('Large', '大杯', 'ラージ') },
  ],
});

/** The demo kitchen's stations (K5), in display order; each category names one. */
export const DEMO_STATIONS = ['주방', '분식', '음료'] as const;

export const DEMO_MENU: {
  category: string;
  station: (typeof DEMO_STATIONS)[number];
  tr: Translations<NameTranslation>;
  items: DemoDish[];
}[] = [
  {
    category: '식사',
    station: '주방',
    tr: n('Meals', '主食', '食事'),
    items: [
      {
        name: '비빔밥',
        price: 9000,
        description: '제철 나물과 고추장, 달걀프라이를 올린 비빔밥',
        image: 'demo-bibimbap.svg',
        tr: d(
          ['Bibimbap', 'Rice with seasonal greens, gochujang and a fried egg'],
          ['石锅拌饭', '时令野菜、辣椒酱和煎蛋拌饭'],
          ['ビビンバ', '旬のナムルとコチュジャン、目玉焼きのせ'],
        ),
        origin: '쌀: 국내산, 달걀: 국내산',
        allergens: ['egg', 'soybean', 'wheat'],
        badges: ['popular'],
        prep: 10,
      },
      {
        name: '불고기 정식',
        price: 13000,
        description: '달콤한 간장 양념 소불고기와 밥, 반찬',
        image: 'demo-bulgogi.svg',
        tr: d(
          ['Bulgogi set', 'Sweet soy-marinated beef with rice and side dishes'],
          ['烤牛肉套餐', '甜酱油腌制牛肉配米饭和小菜'],
          ['プルコギ定食', '甘い醤油ダレの牛プルコギ、ご飯とおかず付き'],
        ),
        origin: '소고기: 호주산, 쌀: 국내산',
        allergens: ['beef', 'soybean', 'wheat'],
        badges: ['recommended'],
        prep: 15,
      },
      {
        name: '김치볶음밥',
        price: 8500,
        description: '잘 익은 김치로 볶아 달걀을 얹은 볶음밥',
        image: null,
        tr: d(
          ['Kimchi fried rice', 'Fried rice with ripe kimchi, topped with an egg'],
          ['泡菜炒饭', '用熟泡菜炒的饭，上面放煎蛋'],
          ['キムチチャーハン', 'よく漬かったキムチの炒飯、卵のせ'],
        ),
        origin: '김치: 국내산, 돼지고기: 국내산, 쌀: 국내산',
        allergens: ['egg', 'pork', 'soybean'],
        badges: [],
        prep: 10,
      },
    ],
  },
  {
    category: '찌개·탕',
    station: '주방',
    tr: n('Stews', '汤锅', 'チゲ・スープ'),
    items: [
      {
        name: '김치찌개',
        price: 9000,
        description: '돼지고기와 두부를 넣고 푹 끓인 김치찌개',
        image: 'demo-kimchi-stew.svg',
        tr: d(
          ['Kimchi stew', 'Kimchi stew slowly simmered with pork and tofu'],
          ['泡菜汤', '猪肉和豆腐慢炖的泡菜汤'],
          ['キムチチゲ', '豚肉と豆腐をじっくり煮込んだキムチチゲ'],
        ),
        origin: '돼지고기: 국내산, 김치: 국내산(배추, 고춧가루), 두부: 국내산 콩',
        allergens: ['pork', 'soybean'],
        badges: ['popular'],
        prep: 12,
        groups: [SPICE, RICE],
      },
      {
        name: '된장찌개',
        price: 8500,
        description: '애호박, 두부, 버섯을 넣은 구수한 된장찌개',
        image: 'demo-doenjang-stew.svg',
        tr: d(
          ['Soybean paste stew', 'Hearty doenjang stew with zucchini, tofu and mushrooms'],
          ['大酱汤', '西葫芦、豆腐和蘑菇的大酱汤'],
          ['テンジャンチゲ', 'ズッキーニ、豆腐、きのこの味噌チゲ'],
        ),
        origin: '두부: 국내산 콩, 된장: 국내산',
        allergens: ['soybean', 'shellfish'],
        badges: [],
        prep: 12,
        groups: [RICE],
      },
      {
        name: '순두부찌개',
        price: 9000,
        description: '해물과 달걀을 넣은 얼큰한 순두부찌개',
        image: null,
        tr: d(
          ['Soft tofu stew', 'Spicy soft tofu stew with seafood and egg'],
          ['嫩豆腐汤', '海鲜和鸡蛋的辣嫩豆腐汤'],
          ['スンドゥブチゲ', '海鮮と卵入りの辛いおぼろ豆腐チゲ'],
        ),
        origin: '순두부: 국내산 콩, 바지락: 국내산, 새우: 베트남산',
        allergens: ['soybean', 'egg', 'shrimp', 'shellfish'],
        badges: ['new'],
        prep: 12,
        groups: [RICE],
      },
    ],
  },
  {
    category: '안주·분식',
    station: '분식',
    tr: n('Snacks & sides', '小吃', '軽食・おつまみ'),
    items: [
      {
        name: '해물파전',
        price: 15000,
        description: '쪽파와 오징어, 새우를 듬뿍 넣은 파전',
        image: 'demo-pajeon.svg',
        tr: d(
          ['Seafood pancake', 'Green onion pancake loaded with squid and shrimp'],
          ['海鲜葱饼', '加满鱿鱼和虾的葱饼'],
          ['海鮮チヂミ', 'ワケギ、イカ、エビたっぷりのチヂミ'],
        ),
        origin: '오징어: 원양산, 새우: 베트남산, 밀가루: 미국산',
        allergens: ['wheat', 'egg', 'squid', 'shrimp'],
        badges: ['recommended'],
        prep: 15,
      },
      {
        name: '라면',
        price: 5000,
        description: '얼큰한 국물에 꼬들한 면, 토핑을 골라 드세요',
        image: null,
        tr: d(
          ['Ramyeon', 'Spicy Korean instant noodles; choose your toppings'],
          ['拉面', '辣汤韩式拉面，可选配料'],
          ['ラーメン', '辛いスープの韓国ラーメン、トッピングを選べます'],
        ),
        origin: '밀가루: 미국산, 호주산',
        allergens: ['wheat', 'soybean', 'egg', 'milk'],
        badges: ['popular'],
        prep: 7,
        groups: [
          {
            name: '토핑',
            min: 0,
            max: 3,
            tr: n('Toppings', '配料', 'トッピング'),
            options: [
              { name: '치즈', delta: 1000, tr: n('Cheese', '芝士', 'チーズ') },
              { name: '계란', delta: 500, tr: n('Egg', '鸡蛋', '卵') },
              { name: '떡', delta: 1000, tr: n('Rice cake', '年糕', 'トック') },
            ],
          },
        ],
      },
      {
        name: '떡볶이',
        price: 7000,
        description: '쫄깃한 쌀떡과 어묵, 삶은 달걀',
        image: 'demo-tteokbokki.svg',
        tr: d(
          ['Tteokbokki', 'Chewy rice cakes and fish cakes in spicy sauce, with a boiled egg'],
          ['炒年糕', '辣酱炒年糕配鱼饼和水煮蛋'],
          ['トッポッキ', 'もちもちの餅とおでん、ゆで卵'],
        ),
        origin: '쌀떡: 국내산 쌀, 어묵: 국내산',
        allergens: ['wheat', 'egg', 'soybean', 'mackerel'],
        badges: [],
        prep: 8,
      },
      {
        name: '군만두',
        price: 6000,
        description: '바삭하게 구운 고기만두 6개',
        image: null,
        tr: d(
          ['Fried dumplings', 'Six crispy pan-fried pork dumplings'],
          ['煎饺', '六个香脆煎肉饺'],
          ['焼き餃子', 'カリッと焼いた肉餃子6個'],
        ),
        origin: '돼지고기: 국내산, 밀가루: 미국산',
        allergens: ['wheat', 'pork', 'soybean'],
        badges: [],
        prep: 8,
      },
    ],
  },
  {
    category: '음료',
    station: '음료',
    tr: n('Drinks', '饮料', 'ドリンク'),
    items: [
      {
        name: '식혜',
        price: 3000,
        description: '직접 만든 달콤한 전통 식혜',
        image: 'demo-sikhye.svg',
        tr: d(
          ['Sikhye', 'Homemade sweet rice punch'],
          ['甜米露', '自制传统甜米露'],
          ['シッケ', '手作りの甘い伝統米飲料'],
        ),
        origin: '쌀: 국내산, 엿기름: 국내산',
        allergens: [],
        badges: [],
        prep: 1,
      },
      {
        name: '콜라',
        price: 2000,
        description: '355ml',
        image: 'demo-cola.svg',
        tr: d(['Cola', '355 ml'], ['可乐', '355毫升'], ['コーラ', '355ml']),
        origin: null,
        allergens: [],
        badges: [],
        prep: 1,
        groups: [SIZE(1000)],
      },
      {
        name: '사이다',
        price: 2000,
        description: '355ml',
        image: null,
        tr: d(['Lemon-lime soda', '355 ml'], ['雪碧', '355毫升'], ['サイダー', '355ml']),
        origin: null,
        allergens: [],
        badges: [],
        prep: 1,
      },
    ],
  },
];
