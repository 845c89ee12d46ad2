// Fictional names that fit each language group of the demo region. Combinations are random;
// any resemblance to a real person is chance.
export interface NamePool {
  male: string[];
  female: string[];
  family: string[];
  /** Eritrean and Somali family names are the father's given name: children take the father's. */
  patronymic?: boolean;
}

const arabic: NamePool = {
  male: ['Ahmad', 'Mohammed', 'Omar', 'Khaled', 'Yousef', 'Hassan', 'Ali', 'Mahmoud', 'Bilal', 'Samer', 'Rami', 'Tarek', 'Anas', 'Firas'],
  female: ['Fatima', 'Amal', 'Rania', 'Huda', 'Nour', 'Lina', 'Maryam', 'Reem', 'Hiba', 'Rasha', 'Dima', 'Salma', 'Aya', 'Layla'],
  family: ['Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Darwish', 'Al-Khatib', 'Nasser', 'Saleh', 'Hamdan', 'Al-Masri', 'Ibrahim', 'Al-Ahmad', 'Suleiman', 'Othman'],
};

const tigrinya: NamePool = {
  male: ['Yonas', 'Tesfay', 'Dawit', 'Filmon', 'Mehari', 'Berhane', 'Senai', 'Abraham', 'Kibrom', 'Samuel', 'Robel', 'Michael'],
  female: ['Selam', 'Helen', 'Senait', 'Rahwa', 'Luwam', 'Mebrat', 'Freweyni', 'Saba', 'Hiwet', 'Yordanos', 'Eden', 'Winta'],
  family: ['Tesfamariam', 'Ghebremedhin', 'Haile', 'Tekle', 'Habte', 'Kidane', 'Woldu', 'Berhe', 'Gebreyesus', 'Mebrahtu', 'Asmerom', 'Yohannes'],
  patronymic: true,
};

const turkish: NamePool = {
  male: ['Mehmet', 'Mustafa', 'Emre', 'Hüseyin', 'Burak', 'Murat', 'Serkan', 'Onur', 'Kemal', 'Ömer'],
  female: ['Ayşe', 'Zeynep', 'Elif', 'Fatma', 'Emine', 'Büşra', 'Merve', 'Hatice', 'Gülşen', 'Şeyma'],
  family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
};

const kurdish: NamePool = {
  male: ['Azad', 'Rojhat', 'Baran', 'Dilşad', 'Serhat', 'Welat', 'Berzan', 'Hozan', 'Şêrko', 'Rêber'],
  female: ['Rojda', 'Berfin', 'Zilan', 'Nazdar', 'Ronahî', 'Hêvî', 'Dilan', 'Jiyan', 'Avesta', 'Bêrîvan'],
  family: ['Zana', 'Amed', 'Botan', 'Kurt', 'Ekinci', 'Tekin', 'Bozkurt', 'Aslan', 'Barzani', 'Xelîl'],
};

const afghanPersian: NamePool = {
  male: ['Mohammad', 'Farid', 'Hamid', 'Jawad', 'Nasir', 'Sohrab', 'Reza', 'Mustafa', 'Wahid', 'Ehsan', 'Karim'],
  female: ['Zahra', 'Maryam', 'Fereshta', 'Shabnam', 'Parisa', 'Laila', 'Mahsa', 'Nilofar', 'Roya', 'Soraya', 'Mursal'],
  family: ['Ahmadi', 'Rahimi', 'Hashimi', 'Karimi', 'Noori', 'Sultani', 'Haidari', 'Mohammadi', 'Rezaei', 'Azizi', 'Jafari'],
};

const pashto: NamePool = {
  male: ['Gul Agha', 'Naqibullah', 'Zabihullah', 'Hekmat', 'Ajmal', 'Shir Ahmad', 'Rahmatullah', 'Bilal'],
  female: ['Malalai', 'Zarghona', 'Palwasha', 'Spogmai', 'Nazo', 'Mina', 'Gulalai', 'Storai'],
  family: ['Popal', 'Stanekzai', 'Wardak', 'Safi', 'Durrani', 'Yousafzai', 'Mohmand', 'Zadran'],
};

const somali: NamePool = {
  male: ['Abdi', 'Mohamed', 'Abdirahman', 'Hassan', 'Farah', 'Yusuf', 'Ahmed', 'Omar', 'Liban', 'Mahad'],
  female: ['Hodan', 'Ayaan', 'Faadumo', 'Sahra', 'Ifrah', 'Hawa', 'Nimco', 'Sagal', 'Hibo', 'Ubah'],
  family: ['Warsame', 'Abdullahi', 'Hersi', 'Jama', 'Osman', 'Mohamud', 'Egal', 'Aden', 'Nur', 'Dahir'],
  patronymic: true,
};

export const NAME_POOLS: Record<string, NamePool> = {
  ar: arabic,
  ti: tigrinya,
  tr: turkish,
  ku: kurdish,
  fa: afghanPersian,
  prs: afghanPersian,
  ps: pashto,
  so: somali,
  th: { male: ['Somchai', 'Anan'], female: ['Siriporn', 'Malee', 'Kanya', 'Pranee'], family: ['Srisuk', 'Chaiyaporn', 'Wongsawat'] },
  tl: { male: ['Jomar', 'Renato'], female: ['Maria Cristina', 'Jocelyn', 'Rowena', 'Lorna'], family: ['Santos', 'Reyes', 'Dela Cruz', 'Bautista'] },
  uk: { male: ['Andriy', 'Oleksandr'], female: ['Oksana', 'Iryna', 'Olena'], family: ['Kovalenko', 'Shevchenko', 'Bondarenko'] },
  ru: { male: ['Dmitri', 'Sergei'], female: ['Olga', 'Natalia', 'Ekaterina'], family: ['Ivanova', 'Petrova', 'Sokolova'] },
  es: { male: ['Andrés', 'Javier'], female: ['Lucía', 'Camila', 'Valentina'], family: ['García', 'Rodríguez', 'Muñoz'] },
  pt: { male: ['Thiago', 'Rafael'], female: ['Ana Paula', 'Juliana', 'Fernanda'], family: ['Silva', 'Oliveira', 'Conceição'] },
  zh: { male: ['Wei', 'Jun'], female: ['Fang', 'Xiu Ying', 'Mei'], family: ['Li', 'Wang', 'Zhang'] },
  id: { male: ['Budi', 'Agus'], female: ['Siti', 'Dewi', 'Ratna'], family: ['Wijaya', 'Santoso', 'Hartono'] },
  ur: { male: ['Imran', 'Bilal'], female: ['Ayesha', 'Sana', 'Rabia'], family: ['Khan', 'Qureshi', 'Butt'] },
  am: { male: ['Bereket', 'Dawit'], female: ['Tigist', 'Meron', 'Hirut'], family: ['Alemu', 'Bekele', 'Tadesse'] },
};

/** Dutch family names, for the household names of family migrants with a Dutch partner. */
export const DUTCH_FAMILY_NAMES = ['de Jong', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'de Graaf', 'van Dijk', 'Verhoef', 'Kok', 'van Wijk'];
