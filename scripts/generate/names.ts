// Fictitious but plausible names per language group, so generated weeks read like real ones
// in the UI (and nobody real is named).
interface NamePool {
  given: readonly string[];
  family: readonly string[];
}

const ARABIC: NamePool = {
  given: [
    'Ahmad',
    'Mohammed',
    'Omar',
    'Khaled',
    'Yousef',
    'Hassan',
    'Ali',
    'Mahmoud',
    'Fatima',
    'Aisha',
    'Mariam',
    'Noor',
    'Rania',
    'Huda',
    'Lina',
    'Samira',
    'Rasha',
    'Bilal',
    'Tarek',
    'Ranya',
  ],
  family: ['Al-Hassan', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Darwish', 'Al-Ahmad', 'Mansour', 'Hamdan', 'Al-Khatib', 'Youssef', 'Ibrahim', 'Qasim', 'Al-Masri'],
};
const POOLS: Record<string, NamePool> = {
  ar: ARABIC,
  ti: {
    given: ['Tesfay', 'Yonas', 'Merhawi', 'Filmon', 'Semere', 'Dawit', 'Selam', 'Helen', 'Saba', 'Luwam', 'Senait', 'Rahwa', 'Mebrat', 'Aster'],
    family: ['Tekle', 'Gebremedhin', 'Haile', 'Kidane', 'Berhane', 'Tesfamariam', 'Woldu', 'Ghebreyesus', 'Asmerom', 'Andemariam'],
  },
  am: {
    given: ['Abebe', 'Dawit', 'Henok', 'Meron', 'Tigist', 'Hanna', 'Selamawit', 'Bereket', 'Mulu', 'Yeshi'],
    family: ['Bekele', 'Alemu', 'Tadesse', 'Girma', 'Mekonnen', 'Wolde', 'Abate', 'Kebede'],
  },
  tr: {
    given: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Hatice', 'Murat', 'Kemal', 'Esra'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
  },
  ku: {
    given: ['Azad', 'Dilan', 'Rojda', 'Baran', 'Berfin', 'Serhat', 'Zilan', 'Rezan', 'Hêvî', 'Dersim'],
    family: ['Baran', 'Kurt', 'Rojhilat', 'Zagros', 'Amed', 'Botan', 'Şêx', 'Dilovan'],
  },
  ckb: {
    given: ['Karwan', 'Hawre', 'Shilan', 'Nasik', 'Soran', 'Dana', 'Shno', 'Rebwar', 'Awat', 'Chiman'],
    family: ['Ahmed', 'Rashid', 'Mahmud', 'Faraj', 'Aziz', 'Salih', 'Karim', 'Hama'],
  },
  fa: {
    given: ['Reza', 'Mehdi', 'Ali', 'Sara', 'Maryam', 'Zahra', 'Neda', 'Arash', 'Shirin', 'Parisa', 'Hossein', 'Leila'],
    family: ['Hosseini', 'Ahmadi', 'Rezaei', 'Karimi', 'Moradi', 'Jafari', 'Rahimi', 'Sadeghi', 'Mohammadi', 'Ghorbani'],
  },
  prs: {
    given: ['Ahmad', 'Mohammad', 'Farid', 'Nasir', 'Zahra', 'Fereshta', 'Mursal', 'Hamid', 'Shabnam', 'Wahid', 'Mina', 'Roya'],
    family: ['Rahimi', 'Noori', 'Sultani', 'Haidari', 'Amiri', 'Sharifi', 'Azizi', 'Wardak', 'Popal', 'Stanikzai'],
  },
  ps: {
    given: ['Gul', 'Zalmai', 'Abdullah', 'Malalai', 'Nazo', 'Khan', 'Wali', 'Palwasha', 'Shah', 'Zarghona'],
    family: ['Khan', 'Yousafzai', 'Durrani', 'Afridi', 'Mohmand', 'Shinwari', 'Ahmadzai', 'Khattak'],
  },
  so: {
    given: ['Abdi', 'Mohamed', 'Hodan', 'Fadumo', 'Ayaan', 'Hamza', 'Sahra', 'Warsame', 'Amina', 'Farah', 'Idil'],
    family: ['Ali', 'Hassan', 'Abdullahi', 'Warsame', 'Farah', 'Osman', 'Jama', 'Aden', 'Nur', 'Egal'],
  },
  ru: {
    given: ['Dmitri', 'Sergej', 'Olga', 'Natalja', 'Irina', 'Aleksej', 'Tatjana', 'Ivan', 'Jelena', 'Pavel'],
    family: ['Ivanov', 'Smirnova', 'Kuznetsov', 'Popova', 'Sokolov', 'Volkova', 'Morozov', 'Lebedeva'],
  },
  uk: {
    given: ['Oleksandr', 'Olena', 'Andrij', 'Oksana', 'Kateryna', 'Taras', 'Natalia', 'Bohdan', 'Iryna', 'Serhij'],
    family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravets', 'Boyko', 'Oliynyk'],
  },
  en: {
    given: ['Grace', 'Daniel', 'Joy', 'Emmanuel', 'Blessing', 'Samuel', 'Faith', 'Michael', 'Esther', 'David'],
    family: ['Okafor', 'Mensah', 'Owusu', 'Adeyemi', 'Banda', 'Mwangi', 'Otieno', 'Nkosi', 'Boateng', 'Asante'],
  },
  es: {
    given: ['María', 'José', 'Carlos', 'Lucía', 'Ana', 'Luis', 'Sofía', 'Diego', 'Carmen', 'Javier'],
    family: ['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Pérez', 'Sánchez', 'Ramírez'],
  },
  fr: {
    given: ['Aminata', 'Moussa', 'Fatou', 'Ibrahima', 'Mariama', 'Ousmane', 'Awa', 'Jean', 'Claudine', 'Serge'],
    family: ['Diallo', 'Traoré', 'Koné', 'Camara', 'Diop', 'Ndiaye', 'Mbala', 'Kabila'],
  },
  zh: { given: ['Wei', 'Li', 'Fang', 'Jing', 'Hao', 'Min', 'Yan', 'Lei', 'Xiu', 'Jun'], family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao'] },
  th: {
    given: ['Somchai', 'Malee', 'Niran', 'Siriporn', 'Kanya', 'Anong', 'Pranee', 'Somsak', 'Ratana', 'Wichai'],
    family: ['Saetang', 'Srisuk', 'Chaiyaporn', 'Wongsa', 'Rattanakorn', 'Boonmee', 'Kaewkla', 'Sukjai'],
  },
  ur: {
    given: ['Imran', 'Ayesha', 'Bilal', 'Sana', 'Usman', 'Hina', 'Faisal', 'Saima', 'Zain', 'Nadia'],
    family: ['Khan', 'Malik', 'Qureshi', 'Butt', 'Chaudhry', 'Raza', 'Sheikh', 'Iqbal'],
  },
};

export function namePool(language: string): NamePool {
  return POOLS[language] ?? ARABIC;
}

export const DUTCH_STAFF = {
  given: ['Anouk', 'Jeroen', 'Marieke', 'Bas', 'Sanne', 'Thijs', 'Eva', 'Pieter', 'Lotte', 'Mark', 'Femke', 'Ruud', 'Inge', 'Wouter', 'Yvonne', 'Karim', 'Samira', 'Deniz'],
  family: ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'El Amrani', 'Yıldırım'],
};
