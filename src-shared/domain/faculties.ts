// Faculties, graduate schools and 教育部 of the University of Tokyo that enroll students.
// Codes are stable identifiers used in settings, case numbers and the payload.

export interface Faculty {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
  readonly kind: 'faculty' | 'graduate-school';
}

export const faculties: readonly Faculty[] = [
  { code: 'law', ja: '法学部', en: 'Faculty of Law', kind: 'faculty' },
  { code: 'medicine', ja: '医学部', en: 'Faculty of Medicine', kind: 'faculty' },
  { code: 'engineering', ja: '工学部', en: 'Faculty of Engineering', kind: 'faculty' },
  { code: 'letters', ja: '文学部', en: 'Faculty of Letters', kind: 'faculty' },
  { code: 'science', ja: '理学部', en: 'Faculty of Science', kind: 'faculty' },
  { code: 'agriculture', ja: '農学部', en: 'Faculty of Agriculture', kind: 'faculty' },
  { code: 'economics', ja: '経済学部', en: 'Faculty of Economics', kind: 'faculty' },
  { code: 'arts-sciences', ja: '教養学部', en: 'College of Arts and Sciences', kind: 'faculty' },
  { code: 'education', ja: '教育学部', en: 'Faculty of Education', kind: 'faculty' },
  { code: 'pharma', ja: '薬学部', en: 'Faculty of Pharmaceutical Sciences', kind: 'faculty' },
  { code: 'gs-humanities', ja: '人文社会系研究科', en: 'Graduate School of Humanities and Sociology', kind: 'graduate-school' },
  { code: 'gs-education', ja: '教育学研究科', en: 'Graduate School of Education', kind: 'graduate-school' },
  { code: 'gs-law-politics', ja: '法学政治学研究科', en: 'Graduate Schools for Law and Politics', kind: 'graduate-school' },
  { code: 'gs-economics', ja: '経済学研究科', en: 'Graduate School of Economics', kind: 'graduate-school' },
  { code: 'gs-arts-sciences', ja: '総合文化研究科', en: 'Graduate School of Arts and Sciences', kind: 'graduate-school' },
  { code: 'gs-science', ja: '理学系研究科', en: 'Graduate School of Science', kind: 'graduate-school' },
  { code: 'gs-engineering', ja: '工学系研究科', en: 'Graduate School of Engineering', kind: 'graduate-school' },
  { code: 'gs-agriculture', ja: '農学生命科学研究科', en: 'Graduate School of Agricultural and Life Sciences', kind: 'graduate-school' },
  { code: 'gs-medicine', ja: '医学系研究科', en: 'Graduate School of Medicine', kind: 'graduate-school' },
  { code: 'gs-pharma', ja: '薬学系研究科', en: 'Graduate School of Pharmaceutical Sciences', kind: 'graduate-school' },
  { code: 'gs-math', ja: '数理科学研究科', en: 'Graduate School of Mathematical Sciences', kind: 'graduate-school' },
  { code: 'gs-frontier', ja: '新領域創成科学研究科', en: 'Graduate School of Frontier Sciences', kind: 'graduate-school' },
  { code: 'gs-ist', ja: '情報理工学系研究科', en: 'Graduate School of Information Science and Technology', kind: 'graduate-school' },
  { code: 'gs-iii', ja: '学際情報学府', en: 'Graduate School of Interdisciplinary Information Studies', kind: 'graduate-school' },
  { code: 'gs-public-policy', ja: '公共政策学教育部', en: 'Graduate School of Public Policy', kind: 'graduate-school' },
];

export function facultyByCode(code: string): Faculty | undefined {
  return faculties.find((f) => f.code === code);
}
