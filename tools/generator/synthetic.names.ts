import { SeededRandom } from './synthetic.random';

/** Naming conventions of officials, by country. */
export type NameCulture = 'korean' | 'japanese' | 'chinese' | 'russian' | 'arabic' | 'spanish' | 'western';

/** A person's name as the press writes it, the other spellings seen in print, and native-script names. */
export interface PersonName {
  name: string;
  aliases: string[];
  nativeNames: string[];
}

/** A name part: its spellings (the usual one first) and its native script. */
type Part = [spellings: string[], native: string];

const part = (spec: string): Part => {
  const [spellings, native] = spec.split('=');
  return [spellings.split('/'), native ?? ''];
};
const parts = (specs: string): Part[] => specs.trim().split(/\s+/).map(part);

// Korean: Revised Romanization against older and family spellings (Lee/Yi/Rhee, Joon/Jun, Seong/Sung ...).
const KOREAN_SURNAMES = parts(`
  Kim=김 Lee/Yi/Rhee=이 Park/Pak/Bak=박 Choi/Choe=최 Jung/Jeong/Chung=정 Kang/Gang=강 Cho/Jo=조 Yoon/Yun=윤
  Jang/Chang=장 Lim/Im=임 Han=한 Shin/Sin=신 Seo/Suh=서 Kwon/Gwon=권 Hwang=황 Ahn/An=안 Song=송 Yoo/Yu=유
  Hong=홍 Jeon/Chun=전 Ko/Go=고 Moon/Mun=문 Yang=양 Son/Sohn=손 Bae=배 Baek/Paek=백 Ri/Lee=리
`);
const KOREAN_SYLLABLES = parts(`
  Min=민 Joon/Jun=준 Seo/Suh=서 Ji/Jee=지 Hyun/Hyeon=현 Woo/U=우 Young/Yeong=영 Sung/Seong=성 Ho=호 Jae/Chae=재
  Soo/Su=수 Eun/Un=은 Hee/Hui=희 Yeon/Yon=연 Tae/Thae=태 Kyung/Gyeong=경 Dong/Tong=동 Il=일 Chul/Cheol=철 Sang=상
  Hoon/Hun=훈 Jin=진 Won=원 Yong=용 Seok/Suk=석 Kwang/Gwang=광 Nam=남 Myung/Myeong=명 Chang=창 Gil/Kil=길
`);

// Japanese: long vowels with macrons, without, or spelled out (Satō/Sato/Satoh); family name first or last.
const JAPANESE_SURNAMES = parts(`
  Sato/Satō/Satoh=佐藤 Suzuki=鈴木 Takahashi=高橋 Tanaka=田中 Ito/Itō/Itoh=伊藤 Watanabe=渡辺 Yamamoto=山本
  Nakamura=中村 Kobayashi=小林 Kato/Katō/Katoh=加藤 Yoshida=吉田 Yamada=山田 Sasaki=佐々木 Matsumoto=松本
  Inoue=井上 Kimura=木村 Hayashi=林 Shimizu=清水 Ota/Ōta/Ohta=太田 Saito/Saitō/Saitoh=斎藤 Mori=森 Ikeda=池田
  Ishikawa=石川 Ogawa=小川 Okada=岡田 Fujita=藤田 Goto/Gotō/Gotoh=後藤 Kondo/Kondō/Kondoh=近藤 Maeda=前田
`);
const JAPANESE_GIVEN = parts(`
  Hiroshi=博 Takeshi=武 Yuko/Yūko/Yuuko=裕子 Koji/Kōji/Kohji=浩二 Shota/Shōta=翔太 Kenji=健二 Akira=明
  Yoko/Yōko/Yohko=洋子 Makoto=誠 Naoko=直子 Ryuji/Ryūji=竜二 Keiko=恵子 Taro/Tarō=太郎 Masako=雅子 Shinji=真司
  Haruki=春樹 Emiko=恵美子 Daisuke=大輔 Yuki=由紀 Kazuo=和夫 Toshiro/Toshirō=俊郎 Ayumi=歩 Shinzo/Shinzō=晋三
  Kenta=健太 Mariko=真理子 Satoshi=聡 Noriko=典子 Yoshihide=義偉 Kiyoshi=清 Junko=順子
`);

// Chinese: pinyin and Wade-Giles (Zhang/Chang, Xiaoming/Hsiao-ming).
const CHINESE_SURNAMES = parts(`
  Wang=王 Li/Lee=李 Zhang/Chang=张 Liu=刘 Chen/Ch'en=陈 Yang=杨 Zhao/Chao=赵 Huang/Hwang=黄 Zhou/Chou=周
  Wu=吴 Xu/Hsu=徐 Sun=孙 Hu=胡 Zhu/Chu=朱 Gao/Kao=高 Lin=林 He/Ho=何 Guo/Kuo=郭 Ma=马 Luo/Lo=罗 Qian/Chien=钱
`);
/** Given-name syllables: pinyin / Wade-Giles = hanzi. */
const CHINESE_SYLLABLES = parts(`
  Jian/Chien=建 Guo/Kuo=国 Xiao/Hsiao=小 Ming=明 Zhi/Chih=志 Qiang/Chiang=强 Hua=华 Jun/Chun=军 Lei=磊 Ping/P'ing=平
  Xin/Hsin=欣 Yong=勇 Wei=伟 Hong=宏 Yi=毅 Jie/Chieh=杰 Hai=海 Dong/Tung=东 Lan=兰 Mei=美 Ying=英 Qing/Ching=清
  Wen=文 Bo/Po=博 Feng=峰 Yu=宇 Zhen/Chen=振 Hui=辉 Tao/T'ao=涛 Xue/Hsueh=雪
`);

// Russian and post-Soviet: transliteration variants (Sergei/Sergey/Serguei, Dmitri/Dmitry).
const RUSSIAN_GIVEN_MALE = parts(`
  Sergei/Sergey/Serguei=Сергей Aleksandr/Alexander/Alexandre=Александр Dmitri/Dmitry/Dmitriy=Дмитрий Yuri/Yury/Iurii=Юрий
  Andrei/Andrey=Андрей Mikhail/Mikhael=Михаил Nikolai/Nikolay=Николай Alexei/Aleksey/Alexey=Алексей Yevgeny/Evgeny/Evgeniy=Евгений
  Vladimir=Владимир Pavel=Павел Ivan=Иван Oleg=Олег Igor=Игорь Maxim/Maksim=Максим Anatoly/Anatoliy=Анатолий
`);
const RUSSIAN_GIVEN_FEMALE = parts(`
  Tatiana/Tatyana=Татьяна Natalia/Natalya/Nataliya=Наталья Olga=Ольга Maria/Mariya=Мария Yelena/Elena=Елена
  Irina=Ирина Svetlana=Светлана Anna=Анна Yekaterina/Ekaterina=Екатерина Valentina=Валентина
`);
const RUSSIAN_SURNAMES = parts(`
  Ivanov=Иванов Petrov=Петров Smirnov=Смирнов Kuznetsov=Кузнецов Popov=Попов Sokolov=Соколов Lebedev=Лебедев
  Kozlov=Козлов Novikov=Новиков Morozov=Морозов Volkov=Волков Solovyov/Soloviev/Solovyev=Соловьёв
  Vasilyev/Vasiliev=Васильев Zaitsev/Zaytsev=Зайцев Fyodorov/Fedorov=Фёдоров Pavlov=Павлов Semyonov/Semenov=Семёнов
  Orlov=Орлов Belov=Белов Gusev=Гусев Tarasov=Тарасов Karpov=Карпов Nikitin=Никитин Kiselyov/Kiselev=Киселёв
`);

// Arabic: romanization variants (Muhammad/Mohammed/Mohamed, Al-Rashid/Al Rashid).
const ARABIC_GIVEN = parts(`
  Mohammed/Muhammad/Mohamed=محمد Ahmad/Ahmed=أحمد Abdullah/Abdallah=عبد_الله Hassan/Hasan=حسن Hussein/Husayn/Hussain=حسين
  Khalid/Khaled=خالد Omar/Umar=عمر Yousef/Yusuf/Youssef=يوسف Ali=علي Fatima/Fatimah=فاطمة Layla/Leila=ليلى
  Ibrahim/Ebrahim=إبراهيم Mustafa/Mostafa=مصطفى Karim/Kareem=كريم Nadia=نادية Salma=سلمى Tariq/Tarek=طارق
  Faisal/Faysal=فيصل Rania=رانيا Samir/Sameer=سمير Walid/Waleed=وليد Yasmin/Yasmine=ياسمين
`);
const ARABIC_SURNAMES = parts(`
  Al-Rashid/Al_Rashid/Alrashid=الرشيد Haddad=حداد Mansour/Mansur=منصور Nasser/Nasir=ناصر Khoury/Khouri=خوري
  Saleh/Salih=صالح Aziz=عزيز Hamdan=حمدان Qasim/Kassem/Qassem=قاسم Farouk/Faruq=فاروق Al-Sayed/El-Sayed/Al_Sayed=السيد
  Haddadin=حدادين Al-Amin/El-Amin=الأمين Barakat=بركات Darwish/Darwesh=درويش Obeid/Ubaid=عبيد Al-Masri/El-Masri=المصري
  Al-Zahrani/Alzahrani=الزهراني Shaheen/Shahin=شاهين Abbas=عباس
`);

// Spanish: with and without accents, and with one or both surnames.
const SPANISH_GIVEN = parts(`
  José/Jose María/Maria Luis Carlos Ana Juan Sofía/Sofia Andrés/Andres Lucía/Lucia Javier Gabriela Martín/Martin
  Ramón/Ramon Elena Rodrigo Valeria Fernando Camila Alejandro Mónica/Monica Tomás/Tomas Inés/Ines Raúl/Raul Beatriz
`);
const SPANISH_SURNAMES = parts(`
  García/Garcia Martínez/Martinez López/Lopez González/Gonzalez Rodríguez/Rodriguez Fernández/Fernandez Pérez/Perez
  Sánchez/Sanchez Ramírez/Ramirez Torres Flores Rivera Gómez/Gomez Díaz/Diaz Morales Ortiz Castillo Vargas Romero
  Herrera Medina Aguilar Rojas Mendoza Silva Castro
`);

// Everyone else: names in Latin script, in print also with a middle initial or with the given name abbreviated.
const WESTERN_GIVEN = parts(`
  James John Robert Michael William David Richard Thomas Daniel Mark Paul Steven Andrew Peter Anne Catherine Margaret
  Sarah Emily Claire Helen Laura Julia Marie Pierre Jean François/Francois Hélène/Helene Klaus Jürgen/Juergen Anja
  Lars Ingrid Erik Sven Astrid Pieter Joost Marco Giulia Francesca Kwame Amara Ngozi Chinedu Thabo Aisha Priya Rahul
  Arjun Anil Sunita Vikram Nguyen Anh Somchai Siti Ahmad Rizal Kofi Adebayo Tomasz Agnieszka Katarzyna Piotr Mehmet Elif
`);
const WESTERN_SURNAMES = parts(`
  Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White
  Harris Clark Lewis Walker Hall Young Allen Wright Scott Green Baker Adams Nelson Carter Mitchell Roberts Turner
  Dubois Lefèvre/Lefevre Moreau Laurent Müller/Mueller Schmidt Schneider Fischer Weber Becker Andersen Nielsen
  Johansson Lindqvist Van_der_Berg De_Vries Rossi Bianchi Romano Okafor Mensah Nkosi Mwangi Adeyemi Sharma Patel
  Singh Gupta Rao Tran Pham Wongsakul Santoso Hidayat Kowalski Nowak Wiśniewski/Wisniewski Yılmaz/Yilmaz Kaya Demir
`);

const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW'.split('');
const spell = (p: Part, variant: number) => (p[0][Math.min(variant, p[0].length - 1)] ?? p[0][0]).replace(/_/g, ' ');
const native = (p: Part) => p[1].replace(/_/g, ' ');
const joinSyllables = (first: string, second: string) => `${first}-${second.toLowerCase()}`;

/** Distinct non-empty names other than the main one. */
function others(name: string, candidates: string[]): string[] {
  return [...new Set(candidates.filter((candidate) => candidate && candidate !== name))];
}

/** A person's name in the given culture, with the spelling variants and native-script names the press uses. */
export function personName(random: SeededRandom, culture: NameCulture): PersonName {
  // Not every source gives every variant: about one person in six is known by one spelling only, and native
  // names are known for most but not all.
  const knownVariants = random.chance(0.85);
  const knownNative = random.chance(0.8);
  switch (culture) {
    case 'korean': {
      const surname = random.pick(KOREAN_SURNAMES);
      const [first, second] = random.sample(KOREAN_SYLLABLES, 2);
      const name = `${spell(surname, 0)} ${joinSyllables(spell(first, 0), spell(second, 0))}`;
      const aliases = others(name, [
        `${spell(surname, 0)} ${joinSyllables(spell(first, 1), spell(second, 1))}`,
        `${spell(surname, 1)} ${joinSyllables(spell(first, 1), spell(second, 0))}`,
        `${spell(surname, 0)} ${spell(first, 0)}${spell(second, 0).toLowerCase()}`,
      ]).slice(0, 2);
      return {
        name,
        aliases: knownVariants ? aliases : [],
        nativeNames: knownNative ? [native(surname) + native(first) + native(second)] : [],
      };
    }
    case 'japanese': {
      const family = random.pick(JAPANESE_SURNAMES);
      const given = random.pick(JAPANESE_GIVEN);
      const name = `${spell(given, 0)} ${spell(family, 0)}`;
      const aliases = others(name, [
        `${spell(family, 0)} ${spell(given, 0)}`,
        `${spell(given, 1)} ${spell(family, 1)}`,
        `${spell(given, 2)} ${spell(family, 2)}`,
      ]);
      return { name, aliases: knownVariants ? aliases.slice(0, 2) : [], nativeNames: knownNative ? [native(family) + native(given)] : [] };
    }
    case 'chinese': {
      const family = random.pick(CHINESE_SURNAMES);
      const syllables = random.chance(0.75) ? random.sample(CHINESE_SYLLABLES, 2) : [random.pick(CHINESE_SYLLABLES)];
      const pinyin = syllables.map((s, i) => (i === 0 ? spell(s, 0) : spell(s, 0).toLowerCase())).join('');
      const wade = syllables.length === 2 ? joinSyllables(spell(syllables[0], 1), spell(syllables[1], 1)) : spell(syllables[0], 1);
      const name = `${spell(family, 0)} ${pinyin}`;
      const aliases = others(name, [`${spell(family, 1)} ${wade}`, `${pinyin} ${spell(family, 0)}`]);
      return {
        name,
        aliases: knownVariants ? aliases : [],
        nativeNames: knownNative ? [native(family) + syllables.map(native).join('')] : [],
      };
    }
    case 'russian': {
      const female = random.chance(0.3);
      const given = random.pick(female ? RUSSIAN_GIVEN_FEMALE : RUSSIAN_GIVEN_MALE);
      const family = random.pick(RUSSIAN_SURNAMES);
      const suffix = female ? 'a' : '';
      const nativeSuffix = female ? 'а' : '';
      const surname = (variant: number) => spell(family, variant) + suffix;
      const name = `${spell(given, 0)} ${surname(0)}`;
      const aliases = others(name, [`${spell(given, 1)} ${surname(1)}`, `${spell(given, 2)} ${surname(0)}`]);
      const nativeName = `${native(given)} ${native(family)}${nativeSuffix}`;
      return { name, aliases: knownVariants ? aliases : [], nativeNames: knownNative ? [nativeName] : [] };
    }
    case 'arabic': {
      const given = random.pick(ARABIC_GIVEN);
      const family = random.pick(ARABIC_SURNAMES);
      const name = `${spell(given, 0)} ${spell(family, 0)}`;
      const aliases = others(name, [
        `${spell(given, 1)} ${spell(family, 1)}`,
        `${spell(given, 2)} ${spell(family, 0)}`,
        `${spell(given, 0)} ${spell(family, 2)}`,
      ]);
      return {
        name,
        aliases: knownVariants ? aliases.slice(0, 3) : [],
        nativeNames: knownNative ? [`${native(given)} ${native(family)}`] : [],
      };
    }
    case 'spanish': {
      const given = random.pick(SPANISH_GIVEN);
      const [first, second] = random.sample(SPANISH_SURNAMES, 2);
      const name = `${spell(given, 0)} ${spell(first, 0)}`;
      const aliases = others(name, [`${spell(given, 1)} ${spell(first, 1)}`, `${spell(given, 0)} ${spell(first, 0)} ${spell(second, 0)}`]);
      return { name, aliases: knownVariants ? aliases : [], nativeNames: [] };
    }
    default: {
      const given = random.pick(WESTERN_GIVEN);
      const family = random.pick(WESTERN_SURNAMES);
      const name = `${spell(given, 0)} ${spell(family, 0)}`;
      const aliases = others(name, [
        `${spell(given, 0)} ${random.pick(MIDDLE_INITIALS)}. ${spell(family, 0)}`,
        `${spell(given, 1)} ${spell(family, 1)}`,
      ]);
      return { name, aliases: knownVariants ? aliases : [], nativeNames: [] };
    }
  }
}
