import type { Random } from './random.js';
import type { Term } from './technology-clusters.js';

// Common surnames with a rough frequency weight and their pinyin.
const SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'Wang', 7.1], ['李', 'Li', 7.0], ['张', 'Zhang', 6.7], ['刘', 'Liu', 5.4], ['陈', 'Chen', 4.5],
  ['杨', 'Yang', 3.1], ['黄', 'Huang', 2.2], ['赵', 'Zhao', 2.0], ['吴', 'Wu', 2.0], ['周', 'Zhou', 1.9],
  ['徐', 'Xu', 1.5], ['孙', 'Sun', 1.4], ['马', 'Ma', 1.3], ['朱', 'Zhu', 1.3], ['胡', 'Hu', 1.2],
  ['郭', 'Guo', 1.1], ['何', 'He', 1.1], ['高', 'Gao', 1.0], ['林', 'Lin', 1.0], ['罗', 'Luo', 0.9],
  ['郑', 'Zheng', 0.9], ['梁', 'Liang', 0.8], ['谢', 'Xie', 0.7], ['宋', 'Song', 0.7], ['唐', 'Tang', 0.7],
  ['许', 'Xu', 0.6], ['韩', 'Han', 0.6], ['冯', 'Feng', 0.6], ['邓', 'Deng', 0.6], ['曹', 'Cao', 0.6],
  ['彭', 'Peng', 0.5], ['曾', 'Zeng', 0.5], ['肖', 'Xiao', 0.5], ['田', 'Tian', 0.5], ['董', 'Dong', 0.5],
  ['袁', 'Yuan', 0.4], ['潘', 'Pan', 0.4], ['于', 'Yu', 0.4], ['蒋', 'Jiang', 0.4], ['蔡', 'Cai', 0.4],
  ['余', 'Yu', 0.4], ['杜', 'Du', 0.4], ['叶', 'Ye', 0.4], ['程', 'Cheng', 0.4], ['苏', 'Su', 0.3],
  ['魏', 'Wei', 0.3], ['吕', 'Lyu', 0.3], ['丁', 'Ding', 0.3], ['任', 'Ren', 0.3], ['沈', 'Shen', 0.3],
  ['姚', 'Yao', 0.3], ['卢', 'Lu', 0.3], ['姜', 'Jiang', 0.3], ['崔', 'Cui', 0.3], ['钟', 'Zhong', 0.3],
  ['谭', 'Tan', 0.3], ['陆', 'Lu', 0.2], ['汪', 'Wang', 0.2], ['范', 'Fan', 0.2], ['金', 'Jin', 0.2],
  ['石', 'Shi', 0.2], ['廖', 'Liao', 0.2], ['贾', 'Jia', 0.2], ['夏', 'Xia', 0.2], ['韦', 'Wei', 0.2],
  ['方', 'Fang', 0.2], ['白', 'Bai', 0.2], ['邹', 'Zou', 0.2], ['孟', 'Meng', 0.2], ['熊', 'Xiong', 0.2],
  ['秦', 'Qin', 0.2], ['邱', 'Qiu', 0.2], ['江', 'Jiang', 0.2], ['尹', 'Yin', 0.2], ['薛', 'Xue', 0.2],
  ['欧阳', 'Ouyang', 0.05], ['司马', 'Sima', 0.02], ['诸葛', 'Zhuge', 0.01],
];

// Given-name characters; none starts with a vowel, so joined pinyin needs no apostrophe.
const GIVEN: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'],
  ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'],
  ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'],
  ['华', 'hua'], ['建', 'jian'], ['文', 'wen'], ['辉', 'hui'], ['玲', 'ling'], ['晨', 'chen'], ['宇', 'yu'],
  ['浩', 'hao'], ['鹏', 'peng'], ['博', 'bo'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['思', 'si'],
  ['佳', 'jia'], ['欣', 'xin'], ['志', 'zhi'], ['国', 'guo'], ['海', 'hai'], ['波', 'bo'], ['宁', 'ning'],
  ['凯', 'kai'], ['峰', 'feng'], ['嘉', 'jia'], ['悦', 'yue'], ['睿', 'rui'], ['泽', 'ze'], ['子', 'zi'],
  ['晓', 'xiao'], ['立', 'li'], ['红', 'hong'], ['兰', 'lan'], ['瑶', 'yao'], ['俊', 'jun'], ['颖', 'ying'],
  ['斌', 'bin'], ['慧', 'hui'], ['翔', 'xiang'], ['飞', 'fei'], ['成', 'cheng'], ['振', 'zhen'], ['冰', 'bing'],
  ['倩', 'qian'], ['蕾', 'lei'], ['凡', 'fan'], ['轩', 'xuan'], ['昊', 'hao'], ['然', 'ran'], ['彤', 'tong'],
];

const SURNAME_WEIGHTS = SURNAMES.map((s) => s[2]);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A fictional person's name and its pinyin, family name first. */
export function personName(random: Random): Term {
  const [sz, se] = SURNAMES[random.weightedIndex(SURNAME_WEIGHTS)]!;
  const [g1z, g1e] = random.pick(GIVEN);
  if (random.chance(0.3)) return [sz + g1z, `${se} ${capitalise(g1e)}`];
  const [g2z, g2e] = random.pick(GIVEN);
  return [sz + g1z + g2z, `${se} ${capitalise(g1e)}${g2e}`];
}

// Characters for trade names (字号); pairs are drawn at random.
const BRAND_CHARS: readonly (readonly [string, string])[] = [
  ['恒', 'heng'], ['瑞', 'rui'], ['信', 'xin'], ['达', 'da'], ['腾', 'teng'], ['创', 'chuang'], ['源', 'yuan'],
  ['微', 'wei'], ['智', 'zhi'], ['远', 'yuan'], ['博', 'bo'], ['泰', 'tai'], ['盛', 'sheng'], ['锐', 'rui'],
  ['拓', 'tuo'], ['联', 'lian'], ['海', 'hai'], ['光', 'guang'], ['宏', 'hong'], ['图', 'tu'], ['捷', 'jie'],
  ['迅', 'xun'], ['卓', 'zhuo'], ['鼎', 'ding'], ['晟', 'sheng'], ['昊', 'hao'], ['澜', 'lan'], ['峰', 'feng'],
  ['凯', 'kai'], ['启', 'qi'], ['航', 'hang'], ['芯', 'xin'], ['铭', 'ming'], ['优', 'you'], ['驰', 'chi'],
  ['骏', 'jun'], ['鸿', 'hong'], ['祥', 'xiang'], ['隆', 'long'], ['嘉', 'jia'], ['康', 'kang'], ['力', 'li'],
  ['诺', 'nuo'], ['维', 'wei'], ['通', 'tong'], ['正', 'zheng'], ['川', 'chuan'], ['科', 'ke'], ['磐', 'pan'],
  ['蓝', 'lan'], ['曜', 'yao'], ['弘', 'hong'], ['越', 'yue'], ['丰', 'feng'], ['硕', 'shuo'], ['擎', 'qing'],
  ['睿', 'rui'], ['璟', 'jing'], ['乾', 'qian'], ['坤', 'kun'], ['衡', 'heng'], ['致', 'zhi'], ['云', 'yun'],
];

// Well-known trade names that random pairs must not spell.
const RESERVED_BRANDS = new Set([
  '华为', '腾讯', '恒瑞', '中兴', '联想', '海尔', '美的', '格力', '迈瑞', '华大', '海康', '大华', '汇川', '立讯',
  '京东', '百度', '小米', '新华', '光明', '华润', '联通', '科达', '达安', '通达', '海信', '科华', '信达', '宏达',
  '康泰', '智云', '瑞康', '隆基', '天合', '晶科', '正泰', '泰康', '博通', '芯源', '康力', '海正', '云海', '信通',
]);

/** A two-character trade name and its pinyin, e.g. 恒锐 / Hengrui. */
export function brandName(random: Random): Term {
  for (;;) {
    const [az, ae] = random.pick(BRAND_CHARS);
    const [bz, be] = random.pick(BRAND_CHARS);
    if (az === bz || RESERVED_BRANDS.has(az + bz)) continue;
    return [az + bz, capitalise(ae + be)];
  }
}

// Invented place-like prefixes for universities, institutes and banks (no real city or province).
export const FICTIONAL_PREFIXES: readonly (readonly [string, string])[] = [
  ['江南', 'Jiangnan'], ['青岚', 'Qinglan'], ['锦川', 'Jinchuan'], ['云岭', 'Yunling'], ['北辰', 'Beichen'],
  ['长风', 'Changfeng'], ['明湖', 'Minghu'], ['天衡', 'Tianheng'], ['瀚海', 'Hanhai'], ['朗峰', 'Langfeng'],
  ['启明', 'Qiming'], ['凌云', 'Lingyun'], ['碧江', 'Bijiang'], ['清溪', 'Qingxi'], ['星河', 'Xinghe'],
  ['东岳', 'Dongyue'], ['南屏', 'Nanping'], ['西岭', 'Xiling'], ['枫林', 'Fenglin'], ['翠屏', 'Cuiping'],
  ['澄湖', 'Chenghu'], ['望江', 'Wangjiang'], ['松涛', 'Songtao'], ['鹿鸣', 'Luming'],
  ['紫峰', 'Zifeng'], ['沧澜', 'Canglan'], ['华岳', 'Huayue'], ['镜湖', 'Jinghu'], ['雁栖', 'Yanqi'],
  ['龙渊', 'Longyuan'], ['玉泉', 'Yuquan'], ['天池', 'Tianchi'], ['新川', 'Xinchuan'],
  ['墨池', 'Mochi'], ['白鹭', 'Bailu'], ['金沙', 'Jinsha'], ['万松', 'Wansong'],
];

export const UNIVERSITY_TYPES: readonly (readonly [string, string])[] = [
  ['理工大学', 'Institute of Technology'],
  ['工业大学', 'University of Technology'],
  ['科技大学', 'University of Science and Technology'],
  ['大学', 'University'],
  ['医科大学', 'Medical University'],
  ['交通大学', 'Jiaotong University'],
  ['师范大学', 'Normal University'],
  ['电子科技大学', 'University of Electronic Science and Technology'],
];
