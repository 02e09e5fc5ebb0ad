/*
 * orgs.c: the gazetteer and organization matching.
 *
 * Why a trie: thousands of aliases must be matched in one pass over the
 * text, longest first, without a loop over names. Transitions live in one
 * open-addressing hash table keyed by (node, byte), which keeps the trie
 * compact for multi-byte UTF-8 and makes each step one probe. Latin letters
 * are case-folded on insert and on lookup; a Latin alias must stand on word
 * boundaries (OpenAI matches, "openaiX" does not).
 *
 * Discovery (known = false) uses PCRE2 patterns compiled once:
 *   - legal names: a run of name characters ending in 股份有限公司/有限公司/...,
 *     trimmed on the left at function words (由, 获, 向, 与 ...);
 *   - Latin-script names written in mixed case with an inner capital
 *     (OpenAI, MiniMax, xAI, DeepSeek) that the stop-list does not hold.
 */
#include "orgs.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "../common/rx.h"

extern const char zd_orgs_tsv[];
extern const char zd_orgs_tsv_end[];

/* Longest stretch of text read as one sentence by the discovery patterns. */
#define ZD_ORGS_MAX_SENTENCE 8192

/* The tables of patterns and words read best as written. */
/* clang-format off */
/* Han ideographs only: PCRE2 >= 10.40 matches \p{Han} by script
 * extension, which also takes the CJK punctuation (，。、), so names use
 * explicit blocks. */
#define HAN "\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}"
/* list bullets (▍卓见光电将被…收购) and a headline's bar (独家丨X): never in a name,
 * always before one */
#define BULLETS "▍▌▎■□●◆▶►★☆※•‧丨"
/* a Latin name of several capitalized words, which NAMECH (no spaces) cuts:
 * tried first in the object places of the patterns (与ACWA Power签署) */
#define LATINCH "[A-Za-z\\x{C0}-\\x{24F}0-9&.'-]" /* letters with accents (Präzisionstechnik) */
#define LATINS  "[A-Z]" LATINCH "*(?: [A-Z0-9]" LATINCH "*){1,4}"
/* ... whose words start with a letter, before a stake (Ferro Automazione S.r.l. 60%) */
#define LATINW "[A-Z]" LATINCH "*(?: (?:& )?[A-Z]" LATINCH "*){1,4}" /* (Leaf & Kettle) */
/* a Latin alias in brackets after a Chinese name (沙特…公司(ACWA Power)) */
#define LATIN_ALIAS "(?:\\([A-Za-z][^)]{0,30}\\))?"
/* ... or its Latin name before the short name the article uses, in one bracket */
/* (… or its name in the other script: Brandtner GmbH(布兰特纳涂料,以下简称“Brandtner”)) */
#define LATIN_FIRST "(?:[A-Za-z" HAN "][^()“”\"]{0,40}?, ?)?"
/* one Latin name of one to three capitalized words (Loomtide, Nordvik Shipping) */
/* (a word in small letters after its capital, not a term: ARR, ArF, TOPCon,
 * unless more words follow: RWE Supply; particles between words: Fundiciones
 * del Norte, RWE Supply & Trading) */
#define LATINONE "(?:[A-Z][a-z][A-Za-z0-9-]{2,19}|[A-Z]{2,6}(?= [A-Z]))" \
    "(?: (?:(?:de|del|der|des|di|da|du|von|van|la|le|of|&) )?[A-Z][A-Za-z0-9-]+){0,2}"
#define NAMECH  "[^,;:。!?|\\n\\s\"“”「」()（）《》【】—" BULLETS "]"
/* A name starts where a clause does: every pattern that begins with a
 * name begins here, so the matcher rejects every other start position in
 * one step instead of trying each as the left end of a name. */
#define BOUND "(?<=^|[,;:。!?|\\n\\s\"“”「」()（）《》】—" BULLETS "])"
#define TIMEWORD "(?:当地时间|北京时间|美东时间)?(?: ?\\d{1,2} ?月 ?\\d{1,2} ?日| ?\\d{1,2} ?日|今日|今天|今早|今晨|昨日|昨天|昨晚|前日|近日|日前|本周[一二三四五六日]?|" \
                 "上周[一二三四五六日]?|周[一二三四五六日]|(?:上个?|本|这个)月(?:初|底|中旬)?|" \
                 "[于在自]?(?:今年|去年|前年|\\d{4}年)(?:初|底|年初|年底|\\d{1,2}月(?:初|底|中旬|上旬|下旬)?)?|" \
                 "(?:今年|去年|\\d{4}年)?[上下]半年|" \
                 "[于在自]?\\d{1,2}月(?:初|底|中旬|上旬|下旬)|" \
                 "[今昨]\\(\\d{1,2}\\)日)?" \
                 "(?:\\((?:\\d{1,2}月)?\\d{1,2}日\\))?" \
                 "(?:晚间|晚|上午|下午|早间|早|凌晨|中午|收市后|收盘后)?"
/* a listed company's code after its name: 恒锐精工(301629), 云启科技(2687.HK) */
#define STOCKCODE "(?:\\((?:(?:代号|股份代号|股票代码|证券代码):?)?(?:[0-9]{6}(?:\\.S[HZ])?|[0-9]{4,5}(?:\\.HK)?)\\))?"
#define ADVERBS "(?:宣布|正式|已经|已|计划|拟|将|预计|预期|有望|准备|正在|曾|还|再次|再|又|首次|成功|顺利|" \
                "[于在](?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:晚间|上午|下午)?|" \
                "[于在](?:[上本]?周[一二三四五六日](?:\\(\\d{1,2}日\\))?|近日|日前|今日|昨日|本月初|上月底|上月)|" \
                "共计|一共|总共|共|累计|先后|陆续|即将|接近|基本|" \
                "刚刚|刚|才|悄悄|悄然|近期|也|对外|披露|表示|透露|称|" \
                "(?:今年|去年|前年|明年|\\d{4}年)(?:初|底|\\d{1,2}月(?:初|底)?)?)*"

/* the unit of a group that signs for it (与Y(Latin)旗下子公司签署) */
#define SIGNING_UNIT                                                                               \
    "(?:旗下|下属)的?(?:全资子公司|控股子公司|子公司|项目公司|公司|"                             \
    "[^,;:。!?\\n]{1,12}?公司(?:" LATINS ")?)"

/* The last word of a company's name that says its trade (星河科技, 康羿医材) */
#define INDUSTRY                                                                                   \
    "半导体|科技|智能|医疗|物流|机器人|生物|电子|光电|光子|新材|材料|新能源|能源|汽车|动力|芯片|"  \
    "微电子|软件|网络|信息|数据|传感|制药|航天|农业|储能|智造|智控|数智|具身|通信|视觉|影像|健康|" \
    "教育|金融|支付|游戏|文化|传媒|化工|装备|精密|激光|雷达|电池|航空|医药|药业|环境|环保|食品|"   \
    "餐饮|零售|电商|出行|云|算力|模型|资本|创投|基金|集团|控股|股份|医材|器械|航太|电气|光学|精工|造船"

/* Deal-role contexts that name an organization (groups 1.. ; a group may be
 * a list, A、B和C, split later). Each is a construction of deal prose. */
static const char *const role_patterns[] = {
    /* A、B和C (联合)领投 / 跟投 / 参投 / 独家投资 (but a ship's bunkering,
     * LNG加注船, 燃料加注业务, is no 加注 of money) */
    /* (and a time between: 好未来7月2日独家投资了…) */
    BOUND "(?:(" NAMECH "{2,60}?)" TIMEWORD "(?:共同|联合|等|也|亦|还|均|则|继续|持续|超额|分别|再度|再次)*"
    "(?:领投|跟投|参投|独家投资|联合投资|共同投资|追加投资|加注(?![船站业服设])|加了注|追投|等机构参与|参与本轮|参与投资|跟了|一家投的|独家投的)|"
    /* ... 加码 only after a shareholder: policies and governments 加码 too */
    "(?:老股东|原有股东|现有股东|既有股东|原股东)(" NAMECH "{2,30}?)(?:也|亦|还|均|继续|持续|再度|再次)*加码|"
    /* ... or is the round's lead by name (X(Latin)是本轮的领投方) */
    "(" NAMECH "{2,30}?)" LATIN_ALIAS "(?:是|为)(?:本轮|此轮|这轮|该轮)的?(?:独家)?(?:领投方|跟投方|投资方|领投机构))",
    /* X (date)(宣布,)完成/获得 ... 融资 (in quotes too: 的“X”完成了…; and
     * X,于5月23日获得…) */
    BOUND "(" NAMECH "{2,40}?)”?(?:\\([^)]{1,30}\\))? ?(?:,(?=于?(?:[今昨]\\(\\d{1,2}\\)日|\\d{1,2}月\\d{1,2}日|\\d{1,2}日|今日|昨日|近日|日前|[本上]周|[上下]半年)))?"
    TIMEWORD ADVERBS ",?(?:已经|已|正式|成功|顺利)?"
    "(?:完成|获得|获(?![取悉])|拿下|拿到|拿(?=了|过)|收获|斩获|筹集|募集|融得|迎来|启动|开启|进行|敲定|落定|洽谈|商谈|寻求|谋求|筹划|"
    /* (…or tells it, done: 数字货代平台X披露了B+轮融资; not a kind that
     * does, 新的人形机器人公司宣布融资) */
    "披露(?=了)|宣布(?=了))了?"
    "(?:[^,;:。!?\\n]|(?<=\\d),(?=\\d)){0,40}?" /* (4,500万元: a thousands comma) */
    "(?:融资|投资|注资|募资|增资|入股|(?:Pre-)?[A-H]\\+*轮|天使\\+?轮|种子轮)",
    /* a company name by its industry word, as the subject of a sentence
     * that speaks of a deal (碳化硅器件厂商砺岩半导体宣布,D轮融资已落定) */
    BOUND "(" NAMECH "{1,24}?(?:" INDUSTRY "))"
    "(?=(?:\\([^)]{1,24}\\))?于?(?:当地时间|北京时间)?(?:今\\(\\d{1,2}\\)日|昨日|今日|近日|日前|\\d{1,2}月\\d{1,2}日|\\d{1,2}日|[本上]?周[一二三四五六日])?(?:\\(\\d{1,2}日\\))?(?:晚间|早间|上午|下午|晚)?(?:对外)?(?:也|还|又|亦)?(?:成功|顺利)?(?:科创板|创业板|北交所|主板|港股)?(?:IPO|宣布|公告|官宣|发布|完成|获得|获|正式|已|将|拟|计划|称|表示|"
    "透露|披露|拿下|斩获|中标|登陆|上市|通过|的|,))(?=[^。!?\\n]*(?:融资|募资|募集|投资|收购|并购|上市|登陆|中标|订单|合同|协议|出售|转让))",
    /* the company of a founder or chief: X创始人兼CEO周砚 */
    BOUND "(" NAMECH "{1,16}?(?:科技|智能|机器人|生物|电子|半导体|医疗|新材|能源|汽车|动力|芯片|软件|"
    "网络|数据|传感|制药|医药|航天|储能|智造|光电|光子|资本|创投)(?:公司)?)(?:的)?(?:联合)?"
    "(?:创始人|创办人|董事长|CEO|总裁|总经理)",
    /* ... whose name is Latin (我们与Loomtide创始人兼CEO周屿聊了聊) */
    "(?<![A-Za-z0-9&.-])(" LATINONE ")(?:公司)?(?:的)?(?:联合)?(?:创始人|创办人|董事长|CEO|总裁|总经理)|"
    /* ... or whom an interview's opening names (我们和北纬幻想创始人沈一舟聊了聊) */
    "(?:我们|记者|笔者)(?:近日|日前)?(?:和|与|跟)(" NAMECH "{2,12}?)(?:公司)?(?:的)?(?:联合)?"
    "(?:创始人|创办人|董事长|CEO|总裁|总经理)",
    /* a Latin name a company word introduces (中国公司Loomtide, 美国同行
     * Simvantage, 美国的YieldStack, 他创办了Tidewell), or that the sentence
     * calls a company (Fabrimind是一家工业软件公司) */
    "(?:公司|企业|初创|新创|厂商|服务商|提供商|开发商|制造商|独角兽|同行|竞争对手|对手|船东|工作室|"
    "创办了|创立了|创建了|(?:" ZD_COUNTRIES ")的) ?(" LATINONE ")(?![A-Za-z0-9&.-])|"
    /* ... or a Han name the clause ends on (和两位同学创办了穗岭智农,) */
    "(?:创办了|创立了|创建了)(" NAMECH "{2,12}?)(?=[,;。]|$)",
    BOUND "(" LATINONE ")(?=是一家|是家|为一家)",
    /* Y(将)向X投资/注资: both */
    BOUND "(" NAMECH "{2,30}?)" ADVERBS "向(" LATINS "|" NAMECH "{2,20}?)(?:投资|注资|增资|投入)",
    /* X的(上一轮/新一轮/B轮)融资 */
    BOUND "(" NAMECH "{2,30}?)的(?:上一轮|新一轮|本轮|最新一轮|首轮|此轮|该轮|" NAMECH "{1,6}轮)?融资|"
    /* ... with its amount (参与了植物工厂新创X的新台币8,000万元募资) */
    BOUND "(" NAMECH "{2,30}?)的(?:新台币|人民币|港币)?(?:约|近|超)?[0-9][0-9,.]*(?:万|亿)+"
    "(?:美元|港元|日元|欧元|英镑|新加坡元|元)(?:" NAMECH "{1,6}轮)?(?:融资|募资)",
    /* 获(得)X(的)(战略)投资 */
    /* (… or 拿到, and a vague amount: 同年拿到X数千万元天使轮投资) */
    "(?:获得?过?|拿到了?)(" LATINS "|" NAMECH "{2,30}?)" LATIN_ALIAS
    "(?:(?:新台币|人民币|港币)?约?(?:[0-9][0-9,.]*|数|几|近|超)[十百千]?(?:万|亿)*(?:美元|港元|日元|欧元|元))?的?(?:(?:Pre-)?[A-E]\\+*轮|天使轮|种子轮|战略|策略)?(?:投资|注资|入股|增资)",
    /* X被Y收购: both */
    BOUND "(" NAMECH "{2,30}?)" LATIN_ALIAS "(?:被|遭|获)(" LATINS "|" NAMECH "{1,20}?)" STOCKCODE
    "(?:以" NAMECH "{1,15}?)?(?:全资|整体|战略|全面)?(?:收购|并购|控股)",
    /* Y(以N)收购X (not a time: 入股时上涨) */
    /* (not X的收购, a noun: 机构在英国的并购并非一帆风顺) */
    BOUND "(" NAMECH "{2,30}?)(?<!的)" TIMEWORD ADVERBS "(?:(?:公布|公告),(?:拟|将)?(?=以))?"
    "(?:以(?:" NAMECH "|,(?=[0-9])){1,20}?)?(?:收购|并购|买下|入股|受让|吸收合并)了?(?!时(?!代))"
    "(?:" NAMECH "{0,16}?(" LATINW ")|(" NAMECH "{2,20}?))(?:的|全部|部分| ?\\d|约|股权|股份|旗下|业务|$|(?=[,;:。!?(\\n]))",
    /* 以N取得X(Latin) 100%股权: the company whose stake is bought */
    "取得(" NAMECH "{2,20}?)(?=" LATIN_ALIAS "\\d{1,3}(?:\\.\\d+)?%的?(?:股权|股份))",
    /* 收购/购买(an industry noun …商/公司)X 70%的股权: the company whose stake */
    "(?:收购|并购|购买|买下|受让)了?[^,;:。!?\\n]{0,16}?(?:商|公司|企业|机构)(" LATINW "|" NAMECH "{2,20}?)"
    " ?(?=约?\\d{1,3}(?:\\.\\d+)?%|全部股权|全部股份|部分股权)",
    /* X向Y采购 / 从Y采购 */
    BOUND "(" NAMECH "{2,30}?)" ADVERBS "(?:向|从)(" LATINS "|" NAMECH "{2,20}?)(?:采购|订购|购买)",
    /* X(已)与Y签署/签订/达成 (a contract): both */
    /* (…在挪威奥斯陆与Y签署: a place, no party, before 与) */
    BOUND "(" NAMECH "{2,30}?)" LATIN_ALIAS TIMEWORD ADVERBS "(?:在" NAMECH "{1,8}?)?(?:已|还|正式)?与"
    "(?:" NAMECH "{0,12}?(?:商|公司|企业|集团|机构)|(?:" ZD_COUNTRIES "|沙特|阿联酋|智利|卡塔尔)(?=[A-Z]))?(" LATINS "|" NAMECH "{2,20}?)" LATIN_ALIAS
    "(?:全体股东|各股东|主要股东|控股股东|大股东|股东|" SIGNING_UNIT ")?" TIMEWORD "(?:在" NAMECH "{1,8}?)?(?:正式)?(?:签署|签订|达成|签下)",
    /* X在(exchange)上市 / 递交招股书 */
    BOUND "(" NAMECH "{2,30}?)" TIMEWORD ADVERBS "(?:在|于|登陆|赴|向)(?:香港|美国|纽约)?"
    "(?:港交所|联交所|香港交易所|纳斯达克|纽交所|纽约证券交易所|上交所|深交所|北交所|科创板|创业板|"
    "主板|港股|美股|A股|Nasdaq|NYSE)" NAMECH "{0,6}?(?:(?:挂牌)?(?:上市|IPO)|挂牌(?:交易)?|招股)",
    BOUND "(" NAMECH "{2,30}?)" TIMEWORD ADVERBS "(?:向" NAMECH "{2,12}?)?(?:递交|提交|披露)了?"
    "(?:招股书|招股说明书|(?:主板|创业板|科创板)?上市申请)",
    /* a Hong Kong offer opens: X(代號:2691)(自)今日(15日)起(至下周二(20日)中午)招股 */
    BOUND "(" NAMECH "{2,30}?)(?:\\([^)]{1,16}\\))?(?:(?:自|于|从)?(?:今日|今天|今|明日|明天|\\d{1,2}月\\d{1,2}日|"
    "[本下]?周[一二三四五六日])"
    "(?:\\(\\d{1,2}日\\))?起(?:至[^,;。\\n]{1,24}?)?(?:[在于](?:港交所|联交所|香港交易所|香港))?|"
    /* ... or is opened (X今日启动招股) */
    TIMEWORD ADVERBS "(?:启动|开启|展开|开始))(?:公开)?招股",
    /* a list line: 【行业】X:Y领投N元融资; X|… where the bar is a table's
     * or a verb follows it (3. X | 完成…), not a category's (一、AI芯片|X完成…) */
    "(?m)^(?:【[^】\\n]{1,12}】|[0-9]{1,2}[.、)] ?|[一二三四五六七八九十]{1,3}、 ?|[•·◆■▶▪●] ?)"
    "([^:|\\n【】 ]{2,20}?) ?(?::|\\|(?=[^\\n]*\\|| ?(?:完成|获得|获|宣布|拟|被|将|正式|已)))(?=[^\\n]*(?:融资|投资|领投|收购|募资))",
    /* ... or a heading with no mark, when the name says its trade
     * (绿算科技:台达电以N全资收购) */
    "(?m)^(" NAMECH "{1,16}?(?:" INDUSTRY ")) ?:(?=[^\\n]*(?:融资|投资|领投|收购|募资|募得))",
    /* a quoted name the sentence calls a company (…的具身智能公司“数智灵动”),
     * or a brand it names (创办了Y,品牌就叫“X”); not its plan (收购X是公司
     * “出海2.0”战略的关键一步) */
    "(?:(?:(?:品牌|公司)(?:就|也)?(?:叫|名为|叫做|取名为?|命名为)|公司|企业|初创|新创|厂商|商|平台|品牌|机构|"
    "创业公司|独角兽|团队)[“「]([^”」,。]{2,20})[”」](?!战略|计划|模式|工程|行动|理念|方针)|"
    /* (straight quotes mark words as often: only after 品牌, 公司, 企业,
     * 平台 or a trade's 商 (服务商"X"), with no 的 in or after them, not
     * 帮出口商"管汇率"的) */
    "(?:品牌|公司|企业|平台|商)\"([^\",。的]{2,12})\"(?!的))",
    /* the other company of an offer told (同日招股的还有传感器制造商X,) */
    "(?:招股|上市|挂牌)的(?:还有|另有|也有)(?:" NAMECH "{0,14}?(?:公司|企业|集团|厂商|商))?(" NAMECH "{2,20}?)"
    "(?=\\(|[,;。]|$)",
    /* ... or an app, unless its maker is named after it (应用“X”的开发商Y) */
    "(?:应用|App|APP)(?:[“「]([^”」,。]{2,20})[”」]|\"([^\",。的]{2,12})\")(?!的)",
    /* 「X」 in a sentence of a deal: the corner brackets of Chinese tech news
     * mark a company (「澄芯微电子」已于…完成…融资) */
    "「([^」,。]{2,20})」(?=[^。!?\\n]*(?:融资|投资|收购|并购|上市|领投))",
    /* ... or after the deal's verb (京东战略投资了同赛道的「店伙计」) */
    "(?:投资|收购|并购|入股|注资|领投)了?[^「」。!?\\n]{0,24}「([^」,。]{2,20})」",
    /* ... and so do quotes opening a sentence whose verb follows them
     * (“星河动力”宣布完成5亿元B轮融资) */
    BOUND "[“\"]([^”\",。]{2,20})[”\"]" TIMEWORD ADVERBS "(?:已经|已|正式|成功|顺利)?"
    "(?:完成|获得|获|拿下|拿到|斩获|筹集|募集|融得|迎来|宣布|领投|收购|并购|登陆)",
    /* 「X(以下简称“Y”)」: X is a name, and Y is the name the article uses */
    /* (… its Latin name first: 北斗精機株式会社(Hokuto Seiki Co., Ltd.,以下简称“北斗精机”)) */
    BOUND "(" NAMECH "{2,30}?)\\(" LATIN_FIRST "(?:以下|下文|下)?(?:简称|称)[“\"「『]",
        /* 「X(以下简称“Y”)」: Y is the name the article uses (and 「(以下简称“Y”,
         * 英文名Z)」 and 「(下称「Y」或「Z」)」 too, and 「(中文名“Z”,下称“Y”)」) */
    "(?:\\(|(?<=[”」』]),(?=(?:以下|下文|下)?(?:简称|称)[“\"「『]))(?:" LATIN_FIRST "(?:以下|下文|下)?(?:简称|称)|(?:以下|下文|下)?(?:简称|称)?)[“\"「『]([^”\"」』()]{2,20})[”\"」』](?:\\)|,(?=[^()]{1,40}\\))|或)",
    /* ... unquoted, as Taiwan's papers write it: (以下簡稱宇笙), (GrowCloud,下稱耕雲) */
    "\\(" LATIN_FIRST "(?:以下简称|下文简称|以下称|下称|简称)([^“”\"「」『』《》()\\s,,;;:、。]{2,12})\\)",
    /* the object of an investing verb, before its amount or round:
     * 领投AI初创公司星河智能5亿美元B轮融资, 战略投资了X的新一轮 */
    "(?:领投|跟投|参投|独家投资|战略投资|注资|入股|投资|收购|并购)了? ?"
    /* (not a firm's word: 产业投资基金, 投资集团) */
    "(?!方|人|者|机构|额|金额|时(?!代)|基金|集团|控股|管理|公司)(" NAMECH "{2,30}?)"
    " ?(?:认缴|认购|出资)?(?=的?(?:新一轮|本轮|首轮|最新一轮|约?[0-9]|[数一二两三四五六七八九十几]+[十百千万亿]|[A-E]\\+*轮|"
    "Pre-|天使|种子|战略融资)|(?:全部|部分)?(?:股权|股份|普通股))",
    /* ... or a company word before it: 战略入股电池材料商天奈科技, */
    "(?:投资|入股|收购|并购|注资)了?(?:" NAMECH "{0,10}?(?:公司|企业|初创|材料商|供应商|服务商|厂商|"
    "平台|车企(?!业)|药企(?!业))|"
    /* ... or a place's (收购了香港的X,) */
    "(?:" ZD_COUNTRIES "|香港|台湾|澳门)的)(" NAMECH "{2,12}?)(?=[,;。]|$)",
    /* ... and before its stake, spaces and all (取得车用显示驱动 IC 设计公司X 51%股权) */
    "(?:收购|取得|受让|购买)(?:[^,;:。!?\\n]{0,16}?(?:公司|企业|厂商|厂|商))?(" NAMECH "{2,12}?)"
    " ?(?=(?:约|近|逾|超过?)?\\d{1,3}(?:\\.\\d+)?% ?的?(?:股权|股份))",
    /* X对Y进行(了)N注资: the subject too (and X以N对Y增资) */
    BOUND "(" NAMECH "{2,30}?)" TIMEWORD ADVERBS "(?:以(?:[^,;。对]|(?<=\\d),(?=\\d)){1,16}?)?对" NAMECH
    "{2,30}?(?:(?:进行了?|完成了?)" NAMECH "{0,8}?(?:投资|注资|增资)|增资|注资)",
    /* 完成对X(A+轮融资)的领投; led by X; 由X lead */
    "对(?:" NAMECH "{0,16}?(?:企业|公司|厂商|商))?(" LATINS "|" NAMECH "{2,30}?)"
    "(?:\\((?:以下|下文|下)?简?称[^)]{1,30}\\))?(?:(?:Pre-)?[A-E]\\+*轮|天使轮|种子轮|新一轮|本轮)?(?:融资)?"
    "的(?:全资|控股权?)?(?:领投|跟投|投资|收购)",
    "(?:[Ll]ed by |由)([A-Z][A-Za-z0-9&.-]*(?: [A-Z][A-Za-z0-9&.-]*){0,3}|" NAMECH "{2,20}?)"
    "(?=[,;。]|$| ?lead)",
    /* 完成对X的投资 / 对X进行(了)战略注资 */
    "对(" NAMECH "{2,30}?)(?:(?:的|进行了?|完成了?)" NAMECH "{0,8}?)?(?:投资|注资|增资|收购|并购)"
    /* (not a noun: 对新落地的创业投资机构给予奖励) */
    "(?!机构|基金|人|者|方|公司|企业|额|金额|管理|协会|项目)",
    /* X(拟)通过增资扩股引入Y: both */
    BOUND "(" NAMECH "{2,30}?)" ADVERBS "(?:通过" NAMECH "{1,12}?)?(?:引入|引进)了?(" NAMECH "{2,20}?)"
    "(?=[,;。]|作为|为|等|$)",
    /* X以N配售新股 / X定增N: a listed company raising money */
    BOUND "(" NAMECH "{2,30}?)" TIMEWORD ADVERBS "(?:通过)?(?:办理)?(?:以" NAMECH "{1,20}?)?"
    "(?:配售新股|配售股份|增发新股|定增|私募普通股|私募案|现金增资)",
    /* 将X(N%的股份)出售给Y: both */
    "将(" NAMECH "{2,20}?)(?:[0-9.]+%)?的?(?:全部|部分)?(?:股份|股权|业务|资产)?(?:出售|转让)给("
    NAMECH "{2,20}?)(?=[,;。]|$)",
    /* 是X的种子轮投资: X invested */
    "是(" NAMECH "{2,20}?)的(?:(?:Pre-)?[A-E]\\+*轮|天使轮|种子轮|战略)?投资(?!方|人|者|机构)",
    /* (…)已被Y收购: the buyer, whatever stands before 被 */
    /* (the price in brackets too: 被Y以约45亿日元(约合人民币2.1亿元)收购; its Latin
     * name: 被日本岭运(NX)收购) */
    "被(" LATINS "|" NAMECH "{2,20}?)" STOCKCODE LATIN_ALIAS "(?:以(?:" NAMECH "|\\([^)]{1,24}\\)){1,30}?)?(?:全面|整体)?(?:收购|并购|全资控股|控股|全资收购)",
    /* X成立于2022年 / X创立于…: what is founded is an organization; so is
     * what has a head office (X总部位于东京) */
    /* (and a Latin name after its founding year: 2020年成立的Lingsolve是…) */
    BOUND "(?:(" NAMECH "{2,20}?)(?:(?:成立于|创立于|创办于|创建于|注册于)(?:\\d{4}年|[一二〇零]{4}年)|"
    "总部(?:位于|设在|设于))|(?:\\d{4}|[一二〇零]{4})年成立的([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,3})"
    "(?=是|宣布|完成|获得|,))",
    /* a company word, then a name that speaks (…的开发商青禾智学周五透露,) */
    "(?:公司|企业|初创|新创|厂商|开发商|服务商|提供商|运营商|制造商|供应商|材料商|设备商|车企(?!业)|药企(?!业)|独角兽|(?<=[件器料材板片])厂)"
    "(" NAMECH "{2,12}?)" STOCKCODE TIMEWORD "(?:对外)?(?:透露|表示|宣布|称|公告|披露|发布公告|发布|正考虑|考虑)",
    /* a listed company's announcement opens with its name (X8月3日晚间公告,)
     * and what it subscribes names a company (认购Y新增注册资本) */
    BOUND "(" NAMECH "{2,20}?)" STOCKCODE TIMEWORD
    "(?:(?:发布|披露)?公告(?:称|显示)?[,:]|披露了?[^,;。\\n]{0,24}?(?:报告书|预案)(?:\\(草案\\))?(?:[,。]|$)|"
    "(?<=\\))" TIMEWORD "公布[,:])",
    "认购(" NAMECH "{2,20}?)的?(?:新增注册资本|新增股份|增发的?股份|定向增发)",
    /* a subscriber and its amount (基石投资者…其中X认购3,000万美元) */
    "(?:" BOUND "(?!其中)|(?<=其中))(" LATINS "|" NAMECH "{2,20}?)" ADVERBS "(?:将|拟)?(?:以现金(?:方式)?)?认购了?(?:约|共|合共|不低于|不少于|不超过)?[0-9]",
    /* the shares of a round: 其中,X出资1200万美元, Y投资10亿日元 (a clause
     * after an amount); not a total (项目总投资), a project's or a budget's */
    "(?:其中,?|(?<=元|币)[,、])(" LATINS "|" NAMECH "{2,20}?)(?<!总)(?<!基地)(?<!项目)(?<!产线)(?<!工厂)(?<!财政)(?:出资|投资)了?约?[0-9]|"
    /* ... or told the other way (其中N来自领投方X; not 来自Y提供的并购贷款, a loan) */
    "(?<=元|币)来自(?:领投方|跟投方|投资方|老股东|新股东)?(" LATINS "|(?:(?!的)" NAMECH "){2,20}?)(?=[,;。]|$)",
    /* a supplier wins an order: X拿下/斩获(N元的)…订单 */
    BOUND "(" NAMECH "{2,20}?)" TIMEWORD ADVERBS "(?:拿下|斩获|赢得|揽获|签下)了?[^,;:。!?\\n]{0,30}?"
    "(?:订单|大单|合同)",
    /* a registry change: X(近日)新增股东Y */
    BOUND "(" NAMECH "{2,20}?)" TIMEWORD "(?:新增|新进)股东",
    /* ,已与Y(全体股东)签署…: Y, the subject left out */
    "(?<=[,;:])(?:已经|已|还|正式)?与(?:" NAMECH "{0,12}?(?:商|公司|企业|集团|机构))?(" LATINS "|" NAMECH
    "{2,20}?)" LATIN_ALIAS "(?:全体股东|各股东|主要股东|控股股东|大股东|股东|" SIGNING_UNIT ")?" TIMEWORD "(?:正式)?(?:签署|签订|达成|签下)",
    /* a company's board decides (X董事会昨(18)日通过,将以N取得Y60%股权);
     * 经公司董事会审议通过 names none */
    BOUND "(" NAMECH "{2,20}?)" STOCKCODE TIMEWORD "(?<!公司)董事会" TIMEWORD "(?:审议)?(?:通过|决议|批准|同意|宣布)",
    /* an issue's subscribers: 向包括(控股股东)X在内的…特定对象发行 */
    "向包括(?:控股股东|实际控制人|大股东|股东|关联方)?(" LATINS "|" NAMECH "{2,20}?)(?<!有限公司)在内",
    /* 引入了A和B两家产业方: the investors brought in, by their role noun */
    "(?:引入|引进)了?((?:(?!作为|担任|为)" NAMECH "){2,40}?)等?(?:[两三四五六七八九几多数]家|一批)?"
    "(?:产业方|投资方|投资人|战略投资者|战略股东|新股东|股东|机构|产业资本)",
    /* an offer to take a company private: X获(控股股东)Y提出私有化建议 */
    "(?:获|接获|收到)(?:控股股东|大股东|母公司|股东)?(" LATINS "|" NAMECH "{2,20}?)"
    "(?:提出|提)的?(?:私有化|全面要约|收购要约|要约收购|收购建议)",
    /* ... and X, who got it (X周二公布,获Y提出私有化建议) */
    BOUND "(" NAMECH "{2,20}?)" STOCKCODE TIMEWORD "(?:公布|公告|宣布|表示)?,?(?:获|接获|收到)"
    "[^,;:。!?\\n]{2,24}?(?:提出|提)的?(?:私有化|全面要约|收购要约|要约收购|收购建议)",
    /* a listing's first day names the company after it (首日挂牌的X表现亮眼) */
    "(?:首日挂牌|首日上市|挂牌首日|首挂)的(" LATINS "|" NAMECH "{2,20}?)" STOCKCODE
    "(?=表现|股价|收报|收市|收涨|收跌|开盘|高开|低开|[,。])",
    /* a company weighing a listing abroad (X考虑最快今年第三季在港上市) */
    BOUND "(" NAMECH "{2,30}?)(?:考虑|计划|拟|筹备|准备|寻求|有意)" "[^,;:。!?\\n]{0,16}?"
    "(?:在港|赴港|来港|在香港|赴美|在美国)(?:挂牌)?上市",
    /* a listed company places shares (X今早公布,以先旧后新方式配售N股) */
    BOUND "(" NAMECH "{2,20}?)" STOCKCODE TIMEWORD "(?:公布|宣布|公告|表示)?,?(?:拟|将)?(?:以)?"
    "(?:[0-9],[0-9]|[^,;:。!?\\n]){0,14}?(?:先旧后新|配售新股|配股(?!权)|"
    "配售(?:[0-9],[0-9]|[^,;:。!?\\n]){0,12}?股新股)",
    /* a Taiwan listing on the OTC market (X 6月上柜, X今(23)日召开上柜前…) */
    BOUND "(" NAMECH "{2,20}?)" STOCKCODE " ?(?:\\d{1,2} ?月(?:上旬|中旬|下旬|初|底)?)?" TIMEWORD ADVERBS
    "(?:召开)?(?:挂牌)?上柜(?=[,;。]|$|前)",
    /* the tenderer of a tender won, before its unit or project (公司曾中标
     * Y集团旗下某储能项目, 中标Y的…采购项目) */
    "中标了?(" LATINS "|(?:(?!一个|一家|一座|一批|某)" NAMECH "){2,20}?)(?=旗下|下属|所属|的[^,;:。!?\\n]{0,24}?(?:项目|采购|招标|集采))",
    /* the investors listed by their role: 投资方为A、B / 投资方包括A和B */
    "(?:投资方|投资人|投资机构|出资方|参投方|投资者|领投方|跟投方|领投机构|跟投机构|应募人|认购方|认购人|"
    "领投的|跟投的)"
    "(?:则)?(?:为|包括|有|是)"
    "(" NAMECH "{2,80}?)(?=[,;。]|$)",
    NULL};
#define ZD_NROLES 62
/* masks of words are 64 bits: one per pattern, the last for legal names */
#define ZD_LEGAL_BIT (1ull << 63)
_Static_assert(ZD_NROLES < 63, "one mask bit per role pattern");
/* the last pattern: a list of names by their role (投资方为A、B) */
#define ZD_ROLE_NAME_LIST (ZD_NROLES - 1)

/* For each role pattern, words one of which its match must hold: a
 * sentence without them is not tried against the pattern. */
static const char *const role_words[ZD_NROLES] = {
    "领投|跟投|参投|独家投资|联合投资|共同投资|追加投资|加注|加了注|加码|追投|参与|跟了|一家投的|独家投的",
    "融资|投资|注资|募资|增资|入股|轮",
    "融资|募资|募集|投资|收购|并购|上市|登陆|中标|订单|合同|协议|出售|转让",
    "创始人|创办人|董事长|CEO|总裁|总经理",
    "创始人|创办人|董事长|CEO|总裁|总经理",
    "公司|企业|初创|新创|商|独角兽|同行|对手|创办|创立|创建|工作室|" ZD_COUNTRIES,
    "是一家|是家|为一家",
    "向",
    "融资|募资",
    "获|拿到",
    "被|遭|获",
    "收购|并购|买下|入股|受让|吸收合并",
    "取得",
    "收购|并购|购买|买下|受让",
    "采购|订购|购买",
    "签署|签订|达成|签下",
    "上市|IPO|挂牌|招股",
    "招股|上市申请",
    "招股",
    "融资|投资|领投|收购|募资",
    "融资|投资|领投|收购|募资|募得",
    "“|「|\"",
    "还有|另有|也有",
    "“|「|\"",
    "「",
    "「",
    "“|\"",
    "称",
    "称|(“|(\"|(「|(『",
    "简称|下称|以下称",
    "领投|跟投|参投|投资|注资|入股|收购|并购",
    "投资|入股|收购|并购|注资",
    "收购|取得|受让|购买",
    "注资|增资|投资",
    "的领投|的跟投|的投资|的收购|的全资|的控股",
    "led by|Led by|lead",
    "投资|注资|增资|收购|并购",
    "引入|引进",
    "配售|增发|定增|私募|现金增资",
    "出售给|转让给",
    "投资",
    "收购|并购|控股",
    "成立于|创立于|创办于|创建于|注册于|总部|成立的",
    "开发商|服务商|提供商|运营商|制造商|供应商|材料商|设备商|厂商|车企|药企|独角兽|公司|企业|初创|新创|厂",
    "公告|报告书|预案|公布",
    "认购",
    "认购",
    "出资|投资|来自",
    "拿下|斩获|赢得|揽获|签下",
    "新增股东|新进股东",
    "签署|签订|达成|签下",
    "董事会",
    "在内",
    "引入|引进",
    "私有化|要约|收购建议",
    "私有化|要约|收购建议",
    "首日挂牌|首日上市|挂牌首日|首挂",
    "在港上市|赴港上市|来港上市|在香港上市|赴美上市|在美国上市|在港挂牌上市",
    "先旧后新|配售新股|配股|股新股",
    "上柜",
    "中标",
    "投资方|投资人|投资机构|出资方|参投方|投资者|领投方|跟投方|领投机构|跟投机构|应募人|认购方|认购人|"
    "领投的|跟投的",
};

/* Words that are not names, however they are placed. */
static const char *const generic[] = {
    "投资方", "投资人", "投资者", "老股东", "IPO", "Pre-IPO", "现有股东", "新股东", "股东", "机构", "多家机构",
    /* determiners of 股东 left when the noun is trimmed (部分现有股东) */
    "现有", "原有", "部分现有", "全体", "其他", "其余", "其它", "新引入", "新进",
    /* where a deal crosses to, not who makes it (跨境并购的难点) */
    "跨境", "境外", "境内", "出海",
    "该公司", "公司", "本轮", "本次", "此轮", "该轮", "这笔", "本轮融资", "多家", "其", "双方",
    "对方", "资方", "基金", "新基金", "该基金", "本基金", "企业", "团队", "项目", "平台", "品牌", "集团", "资本", "创投",
    /* a company's people, who sell with it (已与Y的创始团队签署协议) */
    "创始团队", "核心团队", "管理团队", "管理层", "创始人团队",
    "产业资本", "财务投资人", "战略投资人", "国资", "政府", "市场", "行业", "用户", "客户",
    /* capital of a country, no firm (中国资本领投德国涂料初创) */
    "中国资本", "海外资本", "国际资本", "外国资本", "日本资本", "美国资本", "欧洲资本",
    "供应商", "合作伙伴", "传闻", "消息", "报道", "计划", "协议", "交易", "股权", "股份", "业务",
    "资金", "全部", "部分", "控股权", "投资机构", "领投方", "跟投方", "一家", "多方", "新能源汽车",
    "部分股东", "全体股东", "原股东", "股东们", "控股股东", "大股东", "有限公司", "股份有限公司",
    "有限责任公司", "集团有限公司", "母公司", "父公司", "子公司", "全资子公司", "控股子公司",
    "孙公司", "关联公司", "分公司", "旗下公司", "主权财富基金", "投资公司", "私募基金", "风投机构",
    "政府引导基金", "引导基金", "产业基金", "国有资本", "战略投资者", "财务投资者", "险资", "外资",
    "知名机构", "头部机构", "美元基金", "人民币基金", "家族办公室", "银行", "券商", "当地时间",
    "北京时间", "美东时间", "办公室", "民间资本", "社会资本", "外资机构", "负责人", "合伙人", "创始人", "董事长", "总经理",
    "总裁", "高管", "管理层", "董事会", "股东大会", "股东会",
    /* a studio of a kind is no studio's name (英国独立游戏工作室X; 该工作室) */
    "工作室", "游戏工作室", "独立游戏工作室", "独立工作室",
    /* the parties of a tender or a contract by their role */
    "招标人", "招标方", "采购人", "采购方", "发包人", "发包方", "甲方", "乙方", "独立第三方",
    "人工智能", "半导体", "机器人", "自动驾驶", "新能源", "储能", "光伏", "锂电池", "大模型",
    "具身智能", "集成电路", "生物医药", "医疗器械", "云计算", "数据中心", "智能汽车", NULL};

typedef struct wordset wordset;

/* One transition of the trie: from node on one character (a code point,
 * ASCII letters folded to lower case; key = code point + 1, 0 = a free
 * slot). One probe per character, not one per byte of its UTF-8. */
typedef struct {
    uint32_t node;
    uint32_t child;
    uint32_t key;
} edge;

struct zd_orgs {
    zd_org *orgs;
    size_t norgs, orgcap;
    int32_t *node_org; /* per trie node: org index + 1, 0 = none */
    size_t nnodes, nodecap;
    edge *edges;
    size_t nedges, edgecap; /* power of two */
    char **strings;         /* owned copies of names */
    size_t nstrings, strcap;
    pcre2_code *legal, *latin, *trim;
    pcre2_code *roles[ZD_NROLES];
    int anchored[ZD_NROLES]; /* the pattern begins with a name (BOUND) */
    pcre2_match_data *md, *md2;
    wordset *words; /* the words the discovery patterns need */
    unsigned char lead[8192]; /* bit per BMP code point that starts an alias */
    unsigned char one[8192];  /* bit per BMP code point that is an alias alone */
    unsigned char pair[8192]; /* bit per hash of an alias's first two characters */
};
/* clang-format on */

/* ---- trie ---------------------------------------------------------------- */

static inline uint32_t hash2(uint32_t node, uint32_t key)
{
    uint32_t h = node * 2654435761u ^ key * 40503u;
    return h ^ (h >> 15);
}

static uint32_t edge_get(const zd_orgs *o, uint32_t node, uint32_t key)
{
    size_t mask = o->edgecap - 1;
    for (size_t i = hash2(node, key) & mask;; i = (i + 1) & mask) {
        const edge *e = &o->edges[i];
        if (!e->key) return 0;
        if (e->node == node && e->key == key) return e->child;
    }
}

static void edge_put(zd_orgs *o, uint32_t node, uint32_t key, uint32_t child);

static void edges_grow(zd_orgs *o)
{
    edge *old = o->edges;
    size_t oldcap = o->edgecap;
    o->edgecap = oldcap ? oldcap * 2 : 4096;
    o->edges = zd_xcalloc(o->edgecap, sizeof *o->edges);
    o->nedges = 0;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].key) edge_put(o, old[i].node, old[i].key, old[i].child);
    free(old);
}

static void edge_put(zd_orgs *o, uint32_t node, uint32_t key, uint32_t child)
{
    if ((o->nedges + 1) * 2 > o->edgecap) edges_grow(o);
    size_t mask = o->edgecap - 1;
    size_t i = hash2(node, key) & mask;
    while (o->edges[i].key)
        i = (i + 1) & mask;
    o->edges[i] = (edge){node, child, key};
    o->nedges++;
}

static uint32_t new_node(zd_orgs *o)
{
    if (o->nnodes == o->nodecap) {
        o->nodecap = o->nodecap ? o->nodecap * 2 : 4096;
        o->node_org = zd_xrealloc(o->node_org, o->nodecap * sizeof *o->node_org);
    }
    o->node_org[o->nnodes] = 0;
    return (uint32_t)o->nnodes++;
}

static inline unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static inline unsigned lead_cp(const unsigned char *p, size_t avail);

/* The trie key of the character at p (avail > 0 bytes): its code point + 1,
 * ASCII letters folded; *len its length. A byte that starts no valid
 * character is a character of its own, with a key no code point has. */
static inline uint32_t char_key(const unsigned char *p, size_t avail, size_t *len)
{
    unsigned char c = p[0];
    if (c < 0x80) {
        *len = 1;
        return (uint32_t)fold(c) + 1;
    }
    if ((c & 0xF0) == 0xE0 && avail >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        *len = 3;
        return (((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu)) + 1;
    }
    if ((c & 0xE0) == 0xC0 && avail >= 2 && (p[1] & 0xC0) == 0x80) {
        *len = 2;
        return (((c & 0x1Fu) << 6) | (p[1] & 0x3Fu)) + 1;
    }
    if ((c & 0xF8) == 0xF0 && avail >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 &&
        (p[3] & 0xC0) == 0x80) {
        *len = 4;
        return (((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
                (p[3] & 0x3Fu)) +
               1;
    }
    *len = 1;
    return 0x200000u + c;
}

/* 16 bits of the keys of two characters, for the filter of alias starts */
static inline unsigned pair_hash(uint32_t k1, uint32_t k2)
{
    uint32_t h = k1 * 2654435761u ^ k2 * 40503u;
    return (h ^ (h >> 15)) & 0xFFFFu;
}

/* Insert alias; returns the org index it already had (+1), or 0. */
static int32_t trie_insert(zd_orgs *o, const char *s, size_t n, int32_t org)
{
    if (n == 0) return 0;
    unsigned cp = lead_cp((const unsigned char *)s, n);
    if (cp < 0x80) cp = fold((unsigned char)cp);
    o->lead[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    size_t l1, l2;
    uint32_t k1 = char_key((const unsigned char *)s, n, &l1);
    if (l1 == n) {
        o->one[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    } else {
        unsigned h = pair_hash(k1, char_key((const unsigned char *)s + l1, n - l1, &l2));
        o->pair[h >> 3] |= (unsigned char)(1u << (h & 7));
    }
    uint32_t node = 0;
    for (size_t i = 0, l; i < n; i += l) {
        uint32_t key = char_key((const unsigned char *)s + i, n - i, &l);
        uint32_t c = edge_get(o, node, key);
        if (!c) {
            c = new_node(o);
            edge_put(o, node, key, c);
        }
        node = c;
    }
    int32_t had = o->node_org[node];
    if (!had) o->node_org[node] = org + 1;
    return had;
}

static const char *keep(zd_orgs *o, const char *s, size_t n)
{
    if (o->nstrings == o->strcap) {
        o->strcap = o->strcap ? o->strcap * 2 : 1024;
        o->strings = zd_xrealloc(o->strings, o->strcap * sizeof *o->strings);
    }
    return o->strings[o->nstrings++] = zd_xstrndup(s, n);
}

/* ---- loading ------------------------------------------------------------- */

static const char *kinds[] = {"company",    "investor", "government", "exchange", "bank",
                              "university", "media",    "product",    NULL};

static int load_tsv(zd_orgs *o, const char *data, size_t len, const char *name, char **err)
{
    size_t i = 0;
    long line = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && data[e] != '\n')
            e++;
        line++;
        const char *l = data + i;
        size_t ll = e - i;
        i = e + 1;
        if (ll && l[ll - 1] == '\r') ll--;
        if (ll == 0 || l[0] == '#') continue;
        const char *f[4];
        size_t fl[4];
        int nf = 0;
        size_t s = 0;
        for (size_t k = 0; k <= ll && nf < 4; k++) {
            if (k == ll || l[k] == '\t') {
                f[nf] = l + s;
                fl[nf] = k - s;
                nf++;
                s = k + 1;
            }
        }
        if (nf < 3 || fl[0] == 0) {
            *err = zd_xasprintf("%s:%ld: expected canonical<TAB>kind<TAB>aliases<TAB>parent", name,
                                line);
            return -1;
        }
        const char *kind = NULL;
        for (int k = 0; kinds[k]; k++)
            if (fl[1] == strlen(kinds[k]) && memcmp(f[1], kinds[k], fl[1]) == 0) kind = kinds[k];
        if (!kind) {
            *err = zd_xasprintf("%s:%ld: unknown kind \"%.*s\"", name, line, (int)fl[1], f[1]);
            return -1;
        }
        if (o->norgs == o->orgcap) {
            o->orgcap = o->orgcap ? o->orgcap * 2 : 1024;
            o->orgs = zd_xrealloc(o->orgs, o->orgcap * sizeof *o->orgs);
        }
        int32_t idx = (int32_t)o->norgs++;
        zd_org *org = &o->orgs[idx];
        org->canonical = keep(o, f[0], fl[0]);
        org->kind = kind;
        org->parent = (nf == 4 && fl[3]) ? keep(o, f[3], fl[3]) : NULL;
        trie_insert(o, f[0], fl[0], idx);
        size_t a = 0;
        for (size_t k = 0; k <= fl[2]; k++) {
            if (k == fl[2] || f[2][k] == '|') {
                if (k > a) trie_insert(o, f[2] + a, k - a, idx);
                a = k + 1;
            }
        }
    }
    return 0;
}

/* Word sets: which of a list of words a text holds, in one pass. A
 * character is compared with the words only when one of them starts with
 * it (a bit per BMP code point); each word carries a mask of what it
 * stands for. */
#define WS_MAX 256
struct wordset {
    const char *w[WS_MAX];
    size_t len[WS_MAX];
    uint64_t mask[WS_MAX]; /* bit r: role pattern r; bit 63: a legal-name suffix */
    unsigned lead[WS_MAX];
    int16_t next[WS_MAX]; /* chain of the words in one bucket */
    int16_t bucket[256];  /* by lead code point mod 256: first word, -1 none */
    int n;
    unsigned char first[8192];
    unsigned char one[8192];  /* bit per lead code point of a one-character word */
    unsigned char pair[8192]; /* bit per pair_hash of a longer word's first two */
};

static inline unsigned lead_cp(const unsigned char *p, size_t avail)
{
    if (p[0] < 0x80) return p[0];
    if ((p[0] & 0xF0) == 0xE0 && avail >= 3)
        return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    return 0xFFFF; /* never a lead */
}

/* Add the '|'-separated words of list with mask; the strings must live on. */
static void wordset_add(wordset *w, const char *list, uint64_t mask)
{
    const char *p = list;
    while (*p && w->n < WS_MAX) {
        const char *e = strchr(p, '|');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        /* a word several patterns need is one entry with their masks */
        int j = 0;
        while (j < w->n && !(w->len[j] == l && memcmp(w->w[j], p, l) == 0))
            j++;
        if (j < w->n) {
            w->mask[j] |= mask;
            p += l + (e ? 1 : 0);
            if (!e) break;
            continue;
        }
        w->w[w->n] = p;
        w->len[w->n] = l;
        w->mask[w->n] = mask;
        unsigned k = lead_cp((const unsigned char *)p, l);
        w->first[k >> 3] |= (unsigned char)(1u << (k & 7));
        size_t l1, l2;
        uint32_t k1 = char_key((const unsigned char *)p, l, &l1);
        if (l1 >= l) {
            w->one[k >> 3] |= (unsigned char)(1u << (k & 7));
        } else {
            unsigned h = pair_hash(k1, char_key((const unsigned char *)p + l1, l - l1, &l2));
            w->pair[h >> 3] |= (unsigned char)(1u << (h & 7));
        }
        w->lead[w->n] = k;
        w->next[w->n] = w->bucket[k & 255];
        w->bucket[k & 255] = (int16_t)w->n;
        w->n++;
        p += l + (e ? 1 : 0);
        if (!e) break;
    }
}

/* 1 when u[i..hi) starts with a whole three-byte character (all of Han) */
static inline int han3(const unsigned char *u, size_t i, size_t hi)
{
    return (u[i] & 0xF0) == 0xE0 && i + 3 <= hi && (u[i + 1] & 0xC0) == 0x80 &&
           (u[i + 2] & 0xC0) == 0x80;
}

/* The OR of the masks of the words t[lo,hi) holds. */
static uint64_t wordset_scan(const wordset *w, const char *t, size_t lo, size_t hi)
{
    const unsigned char *u = (const unsigned char *)t;
    uint64_t m = 0;
    for (size_t i = lo; i < hi; i += han3(u, i, hi) ? 3 : 1) {
        if ((u[i] & 0xC0) == 0x80) continue;
        unsigned k = lead_cp(u + i, hi - i);
        if (!(w->first[k >> 3] & (1u << (k & 7)))) continue;
        if (!(w->one[k >> 3] & (1u << (k & 7)))) {
            /* no one-character word starts here: the next character must
             * go on some word */
            size_t l1, l2;
            uint32_t k1 = char_key(u + i, hi - i, &l1);
            if (i + l1 >= hi) continue;
            unsigned h = pair_hash(k1, char_key(u + i + l1, hi - i - l1, &l2));
            if (!(w->pair[h >> 3] & (1u << (h & 7)))) continue;
        }
        for (int j = w->bucket[k & 255]; j >= 0; j = w->next[j])
            if (w->lead[j] == k && i + w->len[j] <= hi && memcmp(t + i, w->w[j], w->len[j]) == 0)
                m |= w->mask[j];
    }
    return m;
}

static pcre2_code *compile_opts(const char *pat, uint32_t opts, char **err)
{
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                      PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | opts, &ec, &eo, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(ec, msg, sizeof msg);
        *err = zd_xasprintf("org pattern at %zu: %s", (size_t)eo, (char *)msg);
        return NULL;
    }
    zd_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

static pcre2_code *compile(const char *pat, char **err)
{
    return compile_opts(pat, 0, err);
}

zd_orgs *zd_orgs_new(char **err)
{
    zd_orgs *o = zd_xcalloc(1, sizeof *o);
    new_node(o); /* root */
    edges_grow(o);
    if (load_tsv(o, zd_orgs_tsv, (size_t)(zd_orgs_tsv_end - zd_orgs_tsv), "orgs.tsv", err) < 0)
        goto fail;
    /* regular expressions read best as written */
    /* clang-format off */
    /* legal names: up to 20 name characters before a legal-form suffix */
    /* ... with the seat's place in brackets where it has one (北疆智算(乌兰察布)有限公司) */
    /* ... or a group's joint-stock form without 有限 (明阳智慧能源集团股份公司) */
    /* ... and Latin words before a Japanese form (Voxera Japan株式会社) */
    o->legal = compile("(?:(?<![A-Za-z0-9&.-])[A-Z][A-Za-z0-9&.-]* (?=[A-Za-z0-9 &.-]*(?:株式会社|合同会社))){0,3}"
                       "[" HAN "A-Za-z0-9&·]{2,24}?(?:\\((?![^)]*(?:承销|保荐|顾问|简称|下称))[" HAN "]{2,6}\\)[" HAN "]{0,12}?)?(?:股份有限公司|有限责任公司|有限公司|"
                       "股份有限公司|集团有限公司|控股有限公司|集团股份公司|合伙企业(?:\\(有限合伙\\))?|基金\\(有限合伙\\)|株式会社|合同会社)",
                       err);
    /* mixed-case Latin names with an inner capital: OpenAI, MiniMax, xAI */
    /* Latin names: one mixed-case word with an inner capital (OpenAI,
     * MiniMax, DeepSeek), or capitalized words ending in a corporate word
     * (Lumina Robotics, World Labs, Vertex Ventures) */
    o->latin = compile("(?<![A-Za-z0-9])(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|[a-z][A-Z][A-Za-z0-9]*|"
                       /* (words joined by &: Hartwell & Moor Limited) */
                       "(?:[A-Z][A-Za-z\\x{C0}-\\x{24F}0-9&.-]* (?:& )?){1,3}(?:Robotics|Technologies|Technology|Tech|Labs?|"
                       "AI|Capital|Ventures|Partners|Inc\\.?|Ltd\\.?|Group|Holdings|Systems|Networks|"
                       "Therapeutics|Biosciences|Semiconductors?|Motors|Energy|Software|Studios?|"
                       "Games|Bank|Fund|Investments?|Advisors?|Advisers?|Management|Intelligence|Dynamics|Industries|"
                       "Corporation|Corp\\.?|GmbH|AG|SA|Limited|LLC|Co\\.,? Ltd\\.?|Co\\.|S\\.r\\.l\\.|S\\.p\\.A\\.|S\\.A\\.|SAS|SE|B\\.V\\.|N\\.V\\.|Pte\\.? Ltd\\.?|K\\.K\\.|Oy|Oyj|AB|A/S|AS|ASA|PLC|plc))"
                       "(?![A-Za-z0-9])",
                       err);
    /* trim: everything up to the last word that ends a name on its left
     * (function words, verbs, descriptors like 公司, dates) */
    o->trim = compile("^(?:.*(?:在传|盛传|网传|传出|传闻|传言|较|由|获得|获(?!取)|被|向|与|暨|(?<!^.)和|及|对话|对(?!手)|将|从|在(?!线)|为|是|于|把|给|让|(?<!数|證|证|根)据|根据|称|并非|非|"
                      "收到|接到|得到|取得|赢得|按照|中标|签下|拿下|斩获|入股|参股|购买|购得|买下|受让|"
                      "即|已|等|了|的|其|该|此(?!前|后|外|轮|次)|以|并|或|谈到|提到|关注|至于|宣布|今日|近日|日前|昨日|今天|昨天|旗下|"
                      "收购|投资者|投资人|投资方|运营方|开发方|出品方|发行商|发行方|投资(?!引导基金|基金|集团|控股|管理)|完成|公司|企业|平台|厂商|初创(?!投)|独角兽|龙头|巨头|品牌|服务商|提供商|开发商|"
                      "制造商|车企|药企|险企|芯企|应用(?!材料|科技)|工具|创业(?!者|板)|新锐|新秀|新创(?!投)|明星|老股东|股东|机构|获悉|消息|报道|表示|透露|没有|任何|并无|"
                      "同行|对手|(?<!创)业者|团队|意味着|"
                      /* a studio's trade before its name (独立游戏工作室X) */
                      "工作室(?=..)(?!株式会社|有限|股份)|"
                      "回应|针对|关于|届时|随即|之后|此后|回顾|回溯|回看|录得|官宣|公布|确认|证实|发布|厂牌|厂|自(?!动化|主|研|然|在|驾|游)|距离|研发商|研制商|生产商|"
                      /* a chain's trade before its name (精品咖啡连锁X) */
                      "连锁(?=..)(?!店|超市|酒店|药房|餐饮|集团|经营|企业|品牌|有限|股份)|"
                      "运营商|营运商|解决方案商|方案商|设计商|整合商|承包商|电商|器械商|零部件商|部件商|组件商|模组商|同业|机器人商|机械人商|芯片商|电池商|软件商|集成商|分销商|贸易商|供应商|材料商|设备商|零售商|经销商|代工商|渠道商|"
                      "\\d+年度|\\d+年|\\d+月|\\d+日|本轮|此轮|这轮|本次|其中|包括|分别|随后|此外|另外|"
                      "同时|目前|此前|今年|去年|上月|本月|本周|上周|同样|也|还有|还|又|再|均|则|共|"
                      /* a sector's stock before the name (医疗器械股X) */
                      "(?<![控入参持配])股(?![份东权票价本息市民比数])|"
                      /* a country before a Latin name places it (德国Steuerwerk) */
                      "(?:" ZD_COUNTRIES ")(?=[A-Za-z][A-Za-z0-9 .&-]*$)))?"
                      "(.+)$",
                      err);
    /* clang-format on */
    /* the two tables must line up: one mask of words per pattern */
    if (role_patterns[ZD_NROLES] || !role_patterns[ZD_NROLES - 1] || !role_words[ZD_NROLES - 1]) {
        *err = zd_xstrdup("orgs: role_patterns and role_words differ in length (a build bug)");
        goto fail;
    }
    for (int i = 0; i < ZD_NROLES; i++) {
        /* anchored ones are compiled anchored: JIT code serves only the
         * options it was compiled with */
        o->anchored[i] = strncmp(role_patterns[i], BOUND, strlen(BOUND)) == 0;
        o->roles[i] = compile_opts(role_patterns[i], o->anchored[i] ? PCRE2_ANCHORED : 0, err);
        if (!o->roles[i]) goto fail;
    }
    if (!o->legal || !o->latin || !o->trim) goto fail;
    /* bit r: role pattern r may match; bit 31: a legal-name suffix */
    o->words = zd_xcalloc(1, sizeof *o->words);
    memset(o->words->bucket, 0xff, sizeof o->words->bucket); /* -1: empty */
    for (int r = 0; r < ZD_NROLES; r++)
        wordset_add(o->words, role_words[r], 1ull << r);
    wordset_add(o->words, "有限公司|合伙企业|有限合伙|株式会社|合同会社|集团股份公司",
                ZD_LEGAL_BIT);
    if (o->words->n >= WS_MAX) { /* every word must fit, or a pattern is never tried */
        *err = zd_xstrdup("orgs: more role words than WS_MAX (a build bug)");
        goto fail;
    }
    o->md = pcre2_match_data_create(8, NULL);
    o->md2 = pcre2_match_data_create(4, NULL);
    if (!o->md || !o->md2) zd_oom();
    return o;
fail:
    zd_orgs_free(o);
    return NULL;
}

void zd_orgs_free(zd_orgs *o)
{
    if (!o) return;
    for (size_t i = 0; i < o->nstrings; i++)
        free(o->strings[i]);
    free(o->strings);
    free(o->orgs);
    free(o->node_org);
    free(o->edges);
    pcre2_code_free(o->legal);
    pcre2_code_free(o->latin);
    pcre2_code_free(o->trim);
    for (int i = 0; i < ZD_NROLES; i++)
        pcre2_code_free(o->roles[i]);
    pcre2_match_data_free(o->md);
    pcre2_match_data_free(o->md2);
    free(o->words);
    free(o);
}

int zd_orgs_load_file(zd_orgs *o, const char *path, char **err)
{
    zd_buf b = ZD_BUF_INIT;
    if (zd_read_file(path, 64u << 20, &b) < 0) {
        *err = zd_xasprintf("%s: cannot read the organizations file", path);
        zd_buf_free(&b);
        return -1;
    }
    if (!zd_utf8_valid(b.p, b.len)) {
        *err = zd_xasprintf("%s: not UTF-8", path);
        zd_buf_free(&b);
        return -1;
    }
    int rc = load_tsv(o, b.p, b.len, path, err);
    zd_buf_free(&b);
    return rc;
}

/* ---- matching ------------------------------------------------------------ */

static inline int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

const zd_org *zd_orgs_lookup(const zd_orgs *o, const char *s, size_t n)
{
    uint32_t node = 0;
    for (size_t i = 0, l; i < n; i += l) {
        node = edge_get(o, node, char_key((const unsigned char *)s + i, n - i, &l));
        if (!node) return NULL;
    }
    int32_t org = o->node_org[node];
    return org ? &o->orgs[org - 1] : NULL;
}

/* The length of w when t[s,e) ends in it and is longer than it, else 0. */
static size_t ends_in(const char *t, size_t s, size_t e, const char *w)
{
    size_t l = strlen(w);
    return e - s > l && memcmp(t + e - l, w, l) == 0 ? l : 0;
}

/* 1 when 这家 opens the clause before p within 20 characters: what lies
 * between describes the company a sentence before named (这家总部位于苏州的). */
static int this_described(const char *t, size_t p)
{
    size_t lo = p > 60 ? p - 60 : 0;
    for (size_t q = p; q-- > lo;) {
        if (t[q] == ',' || t[q] == ';' || t[q] == '\n' || (q + 3 <= p && !memcmp(t + q, "。", 3)))
            return 0;
        if (q + 6 <= p && !memcmp(t + q, "这家", 6)) return 1;
    }
    return 0;
}

/* The sector words that, before an industry word, make a field. */
static const char *const sectors[] = {
    "农业",     "金融", "医疗", "生物", "汽车", "能源", "信息", "教育", "数字", "智能",
    "人工智能", "硬",   "黑",   "新",   "高",   "工业", "消费", "零售", "物流", "航空",
    "航天",     "材料", "环保", "文化", "体育", "游戏", "健康", "养老", "安全", "网络",
    "军工",     "低空", "具身", "商业", "家居", "服务", "电力", "电子", "跨境", "第三方",
    "移动",     "光",   "设施", "智慧", "精准", "冷链", NULL};

/* 1 when s[0..n) is a sector word and an industry word: a field (农业科技,
 * 硬科技, 医疗机器人), not a company. */
static int sector_name(const char *s, size_t n)
{
    /* (a trade after a sector word is a field too: 跨境物流, 跨境电商) */
    static const char *const trades[] = {"物流", "电商", NULL};
    size_t l = zd_org_industry_suffix(s, n);
    for (int i = 0; trades[i] && !l; i++)
        l = ends_in(s, 0, n, trades[i]);
    if (!l || l == n) return 0;
    for (int i = 0; sectors[i]; i++)
        if (strlen(sectors[i]) == n - l && memcmp(s, sectors[i], n - l) == 0) return 1;
    return 0;
}

/* 1 when s[0..n) is a field alone: a sector word, an industry word, or
 * both (游戏, 科技, 医疗机器人). */
static int field_word(const char *s, size_t n)
{
    for (int i = 0; sectors[i]; i++)
        if (strlen(sectors[i]) == n && memcmp(s, sectors[i], n) == 0) return 1;
    return (n > 0 && zd_org_industry_suffix(s, n) == n) || sector_name(s, n);
}

size_t zd_org_industry_suffix(const char *s, size_t n)
{
    static const char *const industry[] = {
        "科技",   "智能", "生物",   "半导体", "光电", "新能源", "新能", "医疗", "机器人", "动力",
        "电子",   "能源", "新材料", "材料",   "汽车", "制药",   "医药", "软件", "网络",   "数据",
        "微电子", "通信", "传感",   "储能",   "航天", "航空",   "精密", "装备", "智造",   "智控",
        "光子",   "芯片", "算力",   "测控",   "支付", "农业",   NULL};
    for (int k = 0; industry[k]; k++) {
        size_t l = strlen(industry[k]);
        if (n >= l && memcmp(s + n - l, industry[k], l) == 0) return l;
    }
    return 0;
}

int zd_org_reported(const zd_org *org)
{
    return strcmp(org->kind, "product") != 0 && strcmp(org->kind, "media") != 0;
}

/* Whether the word w is at t[p]. */
static int at_word(const char *t, size_t n, size_t p, const char *w)
{
    size_t l = strlen(w);
    return p + l <= n && memcmp(t + p, w, l) == 0;
}

/* Longest alias starting at text[i]; returns its end (0 = none), *org set. */
static size_t longest_at(const zd_orgs *o, const char *t, size_t n, size_t i, int32_t *org)
{
    uint32_t node = 0;
    size_t best = 0;
    int lead_alnum = is_alnum((unsigned char)t[i]);
    if (lead_alnum && i > 0 && is_alnum((unsigned char)t[i - 1])) return 0;
    /* most characters start no alias: one bit tells */
    unsigned cp = lead_cp((const unsigned char *)t + i, n - i);
    if (cp < 0x80) cp = fold((unsigned char)cp);
    if (!(o->lead[cp >> 3] & (1u << (cp & 7)))) return 0;
    /* and most that do are not followed by an alias's second character */
    if (!(o->one[cp >> 3] & (1u << (cp & 7)))) {
        size_t l1, l2;
        uint32_t k1 = char_key((const unsigned char *)t + i, n - i, &l1);
        if (i + l1 >= n) return 0;
        unsigned h = pair_hash(k1, char_key((const unsigned char *)t + i + l1, n - i - l1, &l2));
        if (!(o->pair[h >> 3] & (1u << (h & 7)))) return 0;
    }
    size_t shorter = 0; /* the match before the longest */
    int32_t shorter_org = -1;
    for (size_t k = i, l; k < n; k += l) {
        node = edge_get(o, node, char_key((const unsigned char *)t + k, n - k, &l));
        if (!node) break;
        if (o->node_org[node]) {
            unsigned char last = (unsigned char)t[k + l - 1];
            if (is_alnum(last) && k + l < n && is_alnum((unsigned char)t[k + l])) continue;
            if (best) shorter = best, shorter_org = *org;
            best = k + l;
            *org = o->node_org[node] - 1;
        }
    }
    /* 京东方面 is 京东 + 方面 (its side), not 京东方: 方面 is one word */
    if (shorter && shorter + 3 == best && at_word(t, n, shorter, "方") &&
        at_word(t, n, best, "面")) {
        best = shorter;
        *org = shorter_org;
    }
    return best;
}

/* Spans already claimed by the gazetteer (reported or stop-listed). */
typedef struct {
    size_t s, e;
    int product; /* a product's name (星链), not a company's */
} span;

static size_t nchars(const char *t, size_t s, size_t e)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++)
        if (((unsigned char)t[i] & 0xC0) != 0x80) k++;
    return k;
}

static int is_word(const char *t, size_t s, size_t e, const char *const *list)
{
    for (int i = 0; list[i]; i++)
        if (strlen(list[i]) == e - s && memcmp(t + s, list[i], e - s) == 0) return 1;
    return 0;
}

/* trailing words that are not part of a name: lists' 等, and the verbs and
 * adverbs that sit between a subject and its deal word */
static const char *const tails[] = {
    "等", "等机构", "等投资方", "完成", "方面", "共同", "联合", "了", "计划", "拟", "将", "已",
    "正在", "约", "宣布", "否认", "表示", "称", "也", "还", "曾", "再次", "再", "首次", "此前",
    "今日", "近日", "日前", "昨日", "今天", "昨天", "超额", "继续", "持续", "均", "则", "分别",
    "领投", "跟投", "参投", "独家投资", "投资", "联合领投", "近期", "目前", "随后", "当天", "同日",
    "本周", "官宣", "公布", "确认", "证实", "发布", "透露", "披露", "独家", "连续", "担任", "作为",
    "成为", "本轮", "此轮", "本次", "增资", "注资", "入股", "以", "分期", "分两期", "分三期",
    "全部", "部分", "股东", "方面", "战略", "正", "出资", "新增", "追加", "合计", "合共", "多数",
    "少数", "共计", "IPO", "创业板", "科创板", "主板", "即将", "即", "接近", "当地时间", "北京时间",
    "没有", "并未", "尚未", "从未", "依规定", "按规定", "同意", "有条件同意", "依法",
    /* each of a list (A及B各认购N) */
    "各",
    /* times between a subject and its verb (X去年获得…) */
    "去年", "今年", "前年", "上月", "本月", "上周", "上半年", "下半年", "年初", "年底", "年中",
    "月初", "月底", "去年底", "今年初", "本月初", "上月底",
    /* a subscriber's verb (X拟认购) */
    "认购",
    /* the shares of a tender offer (公开收购X普通股) */
    "普通股", "公开",
    /* a signing before the deal word (与Y签署收购协议) */
    "签署", "签订", "签下",
    /* a count's "over" (新创事业逾50案) and adverbs of time and manner
     * (X便获得, X刚(刚)完成, X才完成, X悄悄完成) */
    "逾", "便", "刚", "才", "悄悄", "悄然",
    /* a filing's verb (X公告拟以N收购Y) */
    "公告", NULL};

/* Whether a verb of a role in a round (领投, 跟投 …) is at t[p]. */
static int role_verb_at(const char *t, size_t n, size_t p)
{
    static const char *const roles[] = {"领投", "跟投", "参投", "联合领投", "共同领投", NULL};
    for (int i = 0; roles[i]; i++)
        if (at_word(t, n, p, roles[i])) return 1;
    return 0;
}

/* The state of one zd_orgs_find call. */
typedef struct {
    zd_orgs *o;
    const char *t;
    size_t n;
    span *claimed; /* gazetteer spans (reported or stop-listed), by start, disjoint */
    size_t nc;
    span *found; /* discovered spans */
    size_t nf, cf;
    zd_mentions *out;
    size_t nother; /* out->v[0..nother): money and date mentions found before */
    /* Which bytes of t lie in a claimed span, a found span or another
     * mention (one bit array per kind, OCC_KINDS x nw words), and a hash
     * of the found spans: every overlap and duplicate test costs the
     * span's length, not the number of spans (a page of thousands of names
     * was quadratic: 8000 took 4 s, 100000 hours). Bits, not bytes: a
     * 10 MiB page's array was 10 MiB at the page's peak of memory. */
    uint64_t *occ;
    size_t nw;
    size_t *fh; /* found index + 1, open addressing; 0 = empty */
    size_t fhcap;
    int whole;     /* the candidates at hand are whole names (see role_group) */
    span anded[8]; /* short names the article defines with 和 inside (下称“大和精纤”) */
    int nanded;
} finder;

enum { OCC_CLAIMED = 1, OCC_FOUND = 2, OCC_OTHER = 4, OCC_KINDS = 3 };

/* the bit of byte i in kind k's array */
static int occ_bit(const finder *f, int k, size_t i)
{
    return (int)(f->occ[(size_t)k * f->nw + i / 64] >> (i % 64) & 1);
}

static void occupy(finder *f, size_t s, size_t e, unsigned char bit)
{
    uint64_t *w = f->occ + (size_t)__builtin_ctz(bit) * f->nw;
    for (size_t i = s; i < e && i < f->n; i++)
        w[i / 64] |= (uint64_t)1 << (i % 64);
}

/* 1 when a byte of t[s,e) is in a span of one of the kinds in bits */
static int occupied(const finder *f, size_t s, size_t e, unsigned char bits)
{
    if (e > f->n) e = f->n;
    for (int k = 0; k < OCC_KINDS; k++) {
        if (!(bits & 1u << k)) continue;
        for (size_t i = s; i < e; i++)
            if (occ_bit(f, k, i)) return 1;
    }
    return 0;
}

/* The claimed span starting at s, or NULL (claimed is sorted by start). */
static const span *claimed_at(const finder *f, size_t s)
{
    size_t lo = 0, hi = f->nc;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->claimed[mid].s < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->nc && f->claimed[lo].s == s ? &f->claimed[lo] : NULL;
}

static size_t span_hash(size_t s, size_t e)
{
    return (size_t)(((uint64_t)s * 0x9E3779B97F4A7C15u) ^ ((uint64_t)e * 0xC2B2AE3D27D4EB4Fu));
}

static size_t name_hash(const char *p, size_t n)
{
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return (size_t)h;
}

static void add_found(finder *f, size_t s, size_t e)
{
    if (2 * (f->nf + 1) > f->fhcap) { /* grow the hash, keep it half empty */
        size_t cap = f->fhcap ? f->fhcap * 2 : 64;
        size_t *h = zd_xcalloc(cap, sizeof *h);
        for (size_t i = 0; i < f->nf; i++) {
            size_t j = span_hash(f->found[i].s, f->found[i].e) & (cap - 1);
            while (h[j])
                j = (j + 1) & (cap - 1);
            h[j] = i + 1;
        }
        free(f->fh);
        f->fh = h;
        f->fhcap = cap;
    }
    size_t j = span_hash(s, e) & (f->fhcap - 1);
    for (; f->fh[j]; j = (j + 1) & (f->fhcap - 1))
        if (f->found[f->fh[j] - 1].s == s && f->found[f->fh[j] - 1].e == e) return;
    if (f->nf == f->cf) {
        f->cf = f->cf ? f->cf * 2 : 16;
        f->found = zd_xrealloc(f->found, f->cf * sizeof *f->found);
    }
    f->fh[j] = f->nf + 1;
    f->found[f->nf++] = (span){s, e, 0};
    occupy(f, s, e, OCC_FOUND);
    zd_mentions_add(f->out, ZD_ORG, s, e);
}

static int overlaps_other(const finder *f, size_t s, size_t e)
{
    return occupied(f, s, e, OCC_OTHER);
}

/* Whether the two characters t[s,e) open a clause that tells their round:
 * a time at most, a verb of raising, then an amount and a round in the
 * same clause (汇岭上个月拿了2亿元C轮; 岭拓今年2月完成5亿元B轮融资). A
 * pronoun or a time there (我们, 今年) is none. */
static int raised_round(const finder *f, size_t s, size_t e)
{
    const char *t = f->t;
    static const char *const opens[] = {",", "。", ";", ":", "\n", "“", "!", "?", NULL};
    int open = s == 0;
    for (int i = 0; opens[i] && !open; i++) {
        size_t l = strlen(opens[i]);
        open = s >= l && !memcmp(t + s - l, opens[i], l);
    }
    static const char *const common[] = {
        "我们", "他们", "你们", "公司", "企业", "集团", "本轮", "今年", "去年", "随后", "最终",
        "该司", "双方", "对方", "其中", "同期", "当时", "之后", "此后", "后来", "累计", "合计",
        "总共", "共同", "一起", "这家", "那家", "两家", "三家", "多家", "前者", "后者", "两者",
        "其他", "另外", "目前", "如今", "现在", "这里", "那里", "这儿", NULL};
    if (!open || is_word(t, s, e, common)) return 0;
    /* (a time between: 上个月, 今年2月, 2023年底) */
    static const char *const timech = "年月日周上本今去前初底个中旬";
    size_t q = e;
    while (q < f->n && q < e + 36) {
        if (isdigit((unsigned char)t[q])) {
            q++;
            continue;
        }
        int tc = 0;
        for (const char *c = timech; *c && !tc; c += 3)
            if (q + 3 <= f->n && !memcmp(t + q, c, 3)) tc = 1;
        if (!tc) break;
        q += 3;
    }
    static const char *const verbs[] = {"完成了", "完成", "拿了", "拿下", "拿到", "获得", NULL};
    size_t v = 0;
    for (int i = 0; verbs[i] && !v; i++)
        if (at_word(t, f->n, q, verbs[i])) v = q + strlen(verbs[i]);
    if (!v) return 0;
    size_t ce = v;
    while (ce < f->n && ce < v + 60 && !at_word(t, f->n, ce, ",") && !at_word(t, f->n, ce, "。") &&
           !at_word(t, f->n, ce, ";") && t[ce] != '\n')
        ce++;
    return memmem(t + v, ce - v, "轮", strlen("轮")) &&
           (memmem(t + v, ce - v, "亿", strlen("亿")) || memmem(t + v, ce - v, "万", strlen("万")));
}

/* Whether the two characters t[s,e) are a name by their context, where a
 * name found by its place in a sentence needs three: a company word before
 * it and a deal verb after (新式茶饮品牌拾蔓宣布获得…); a company word before
 * it as the object of a deal verb, at the end of its clause (全资收购餐饮门店
 * 数字化服务商筷来,); or its Latin name in brackets after it (墨栈(Inkstack)).
 * An adverb there (公司刚刚完成) is none. */
static int two_char_named(const finder *f, size_t s, size_t e)
{
    const char *t = f->t;
    static const char *const adverbs[] = {"刚刚", "已经", "正式", "近日", "日前", "今日", "昨日",
                                          "此前", "目前", "成功", "顺利", "再次", "首次", "近期",
                                          "同样", "纷纷", "相继", "陆续", "也已", "均已", "公开",
                                          "对外", "先后", "率先",
                                          /* a stake's verb (企业占股49.74%) */
                                          "占股", "持股", "控股", "入股", "参股", NULL};
    if (is_word(t, s, e, adverbs)) return 0;
    /* the short name a bracket defines, unquoted (以下簡稱宇笙) */
    static const char *const short_w[] = {"简称", "下称", NULL};
    for (int i = 0; short_w[i] && s >= 6 && e < f->n && t[e] == ')'; i++)
        if (!memcmp(t + s - 6, short_w[i], 6)) return 1;
    static const char *const intro_w[] = {"品牌", "初创", "新创", "公司", "企业", "平台", NULL};
    static const char *const verb_w[] = {"宣布", "完成", "获得", NULL};
    /* (…with the day between: 品牌鲜屉3月15日宣布完成) */
    size_t v = e;
    while (v < f->n && v < e + 6 && isdigit((unsigned char)t[v]))
        v++;
    if (v > e && at_word(t, f->n, v, "月")) {
        size_t d = v + 3;
        while (d < f->n && d < v + 5 && isdigit((unsigned char)t[d]))
            d++;
        v = d > v + 3 && at_word(t, f->n, d, "日") ? d + 3 : e;
    } else {
        v = e;
    }
    for (int i = 0; intro_w[i] && s >= 6; i++)
        if (!memcmp(t + s - 6, intro_w[i], 6))
            for (int j = 0; verb_w[j]; j++)
                if (at_word(t, f->n, e, verb_w[j]) || at_word(t, f->n, v, verb_w[j])) return 1;
    static const char *const ends[] = {",", "。", ";", "\n", NULL};
    int at_end = e == f->n;
    for (int j = 0; ends[j] && !at_end; j++)
        at_end = at_word(t, f->n, e, ends[j]);
    /* ... or a stake after it (收购智能厨电品牌焙客60%股权) */
    if (!at_end && e < f->n && isdigit((unsigned char)t[e])) {
        size_t q = e;
        while (q < f->n && q < e + 6 && (isdigit((unsigned char)t[q]) || t[q] == '.'))
            q++;
        at_end = q < f->n && t[q] == '%';
    }
    static const char *const obj_w[] = {"服务商", "公司", "企业", "平台", "品牌", NULL};
    static const char *const deal_w[] = {"收购", "并购", "投资", "入股", NULL};
    for (int i = 0; obj_w[i] && at_end; i++) {
        size_t l = strlen(obj_w[i]);
        if (s < l || memcmp(t + s - l, obj_w[i], l)) continue;
        /* (…投资有限公司成立: a legal form and an event, not a name) */
        if (s >= l + 6 && (!memcmp(t + s - l - 6, "有限", 6) || !memcmp(t + s - l - 6, "股份", 6)))
            continue;
        size_t from = s >= l + 60 ? s - l - 60 : 0;
        for (int j = 0; deal_w[j]; j++)
            if (memmem(t + from, s - l - from, deal_w[j], strlen(deal_w[j]))) return 1;
    }
    if (raised_round(f, s, e)) return 1;
    return e + 2 < f->n && t[e] == '(' && isalpha((unsigned char)t[e + 1]);
}

/* One candidate name t[s,e): trim its left, check it looks like a name,
 * and report it. legal: a legal name, which may contain a gazetteer name
 * (北京字节跳动科技有限公司); other candidates touching a gazetteer span are
 * that name with words of the sentence around it (预计OpenAI) and dropped. */
/* Whether t[s,e) is all of a span in corner brackets (「X」). */
static int cornered(const finder *f, size_t s, size_t e)
{
    return s >= 3 && e + 3 <= f->n && !memcmp(f->t + s - 3, "「", 3) && !memcmp(f->t + e, "」", 3);
}

/* Where the name that holds the 和 at t[q] starts, or (size_t)-1 when
 * that 和 joins two: Japanese names often hold 和, and the article tells
 * so by a short name that holds it. The name ends at e and its definition
 * follows, holding 和 with the character before it (港和船舶设计株式会社(…,
 * 以下简称“港和设计”), 株式会社大和精密纤维(…,下称“大和精纤”)); or the
 * 和 is inside a short name the article defines (收购日本大和精纤). */
static size_t and_in_defined(const finder *f, size_t q, size_t e)
{
    const char *t = f->t;
    if (q < 3 || !at_word(t, f->n, q, "和")) return (size_t)-1;
    for (int i = 0; i < f->nanded; i++) {
        size_t l = f->anded[i].e - f->anded[i].s;
        const char *in = memmem(t + f->anded[i].s, l, "和", 3);
        size_t k = (size_t)(in - (t + f->anded[i].s));
        if (q >= k && q - k + l <= f->n && !memcmp(t + q - k, t + f->anded[i].s, l)) return q - k;
    }
    if (e >= f->n || t[e] != '(') return (size_t)-1;
    size_t close = e;
    while (close < f->n && close < e + 240 && t[close] != ')')
        close++;
    const char *named = memmem(t + e, close - e, "称", 3);
    if (!named) return (size_t)-1;
    size_t b = q - 1;
    while (b > 0 && ((unsigned char)t[b] & 0xC0) == 0x80)
        b--;
    size_t from = (size_t)(named - t) + 3;
    if (!memmem(t + from, close - from, t + b, q + 3 - b)) return (size_t)-1;
    /* (with the Japanese form before it: 株式会社大和精密纤维) */
    return b >= 12 && !memcmp(t + b - 12, "株式会社", 12) ? b - 12 : b;
}

/* The short names with 和 inside that the article defines (下称“大和精纤”),
 * at most eight. */
static void find_anded(finder *f)
{
    const char *t = f->t, *p = t;
    while (f->nanded < 8 && (p = memmem(p, f->n - (size_t)(p - t), "称“", 6))) {
        size_t s = (size_t)(p - t) + 6, e = s;
        p += 6;
        while (e < f->n && e < s + 60 && !at_word(t, f->n, e, "”"))
            e++;
        if (!at_word(t, f->n, e, "”") || e - s < 6) continue;
        const char *in = memmem(t + s, e - s, "和", 3);
        /* (和 neither first nor last: a name's own) */
        if (in && in > t + s && in + 3 < t + e) f->anded[f->nanded++] = (span){s, e, 0};
    }
}

static void candidate(finder *f, size_t s, size_t e, int legal)
{
    const char *t = f->t;
    if (e <= s) return;
    /* no name ends in a hyphen (投资的Pre-A轮: a round's prefix), and none is
     * a company's legal suffix alone (HHLR Advisors, Ltd.: the name before
     * the comma) */
    if (t[e - 1] == '-') return;
    /* nor does one end inside the word 标的 (并购的主要标的: a deal's object) */
    if (e >= s + 6 && !memcmp(t + e - 3, "标", 3) && !strncmp(t + e, "的", 3)) return;
    /* a Latin name runs into no adverb or preposition of its clause
     * (X仅在2021年获得过…, X在1月2日披露): the name ends at its last letter */
    if (!legal && e >= s + 5 && isalnum((unsigned char)t[e - 4]) &&
        is_word(t, e - 3, e,
                (const char *const[]){"仅", "在", "于", "也", "已", "还", "曾", "将", "则", "就",
                                      "又", "刚", "正", "均", "都", NULL}))
        e -= 3;
    if (is_word(t, s, e,
                (const char *const[]){"Ltd.", "Ltd", "Inc.", "Inc", "LLC", "Co.", "Corp.", "GmbH",
                                      "S.A.", "AG", "Limited", "L.P.", NULL}))
        return;
    /* a name ends where the time since its founding begins (X成立两年来的
     * 第二轮融资, X(自)成立以来, X成立至今) */
    const char *founded = e >= s + 12 ? memmem(t + s + 6, e - s - 6, "成立", 6) : NULL;
    if (founded && !legal && e - (size_t)(founded - t) <= 6 + 15 &&
        (!memcmp(t + e - 3, "来", 3) || !memcmp(t + e - 6, "至今", 6))) {
        e = (size_t)(founded - t);
        if (e >= s + 9 && !memcmp(t + e - 3, "自", 3)) e -= 3; /* (X自成立以来) */
    }
    /* a Latin name after its Han descriptor (印尼本土冷链仓储商Dinginera): the
     * name is the Latin one */
    if (!legal && e > s + 6 && isalnum((unsigned char)t[e - 1])) {
        size_t p = e;
        while (p > s && (isalnum((unsigned char)t[p - 1]) || t[p - 1] == ' ' || t[p - 1] == '&' ||
                         t[p - 1] == '.' || t[p - 1] == '-'))
            p--;
        while (p < e && t[p] == ' ')
            p++;
        static const char *const firm_kinds[] = {"商",   "公司", "企业", "平台",
                                                 "品牌", "初创", "新创", NULL};
        int kind = 0;
        for (int i = 0; firm_kinds[i] && !kind && p > s; i++)
            kind = ends_in(t, s, p, firm_kinds[i]) != 0;
        if (kind && p < e && isupper((unsigned char)t[p]) && e - p >= 3) s = p;
    }
    /* a maker described by its trade (液体火箭发动机研制商获近亿元融资) is no
     * name: the name follows the descriptor when there is one */
    static const char *const makers[] = {"研制商", "制造商", "生产商", "开发商",
                                         "提供商", "服务商", "供应商", NULL};
    for (int i = 0; makers[i] && !legal; i++)
        if (ends_in(t, s, e, makers[i])) return;
    /* ... and where a time after it begins (同行X前段时间被Y收购了) */
    static const char *const time_tails[] = {"前段时间", "前些天", "前不久", NULL};
    for (int i = 0; time_tails[i] && !legal; i++)
        if (e >= s + 6 + strlen(time_tails[i])) e -= ends_in(t, s, e, time_tails[i]);
    /* ... and where an adverb after it begins (初創X亦宣布完成…) */
    if (!legal && e >= s + 9) e -= ends_in(t, s, e, "亦");
    /* ... and where 系 (is) before a time does (X系于2022年6月入股Y) */
    if (!legal && e >= s + 9 && ends_in(t, s, e, "系") && at_word(t, f->n, e, "于")) e -= 3;
    /* ... and where 原 (at first) before a plan does (X原拟以N收购Y) */
    if (!legal && e >= s + 9 && ends_in(t, s, e, "原") &&
        (at_word(t, f->n, e, "拟") || at_word(t, f->n, e, "计划") || at_word(t, f->n, e, "打算")))
        e -= 3;
    /* ... and where the rest of a stake does (收购Y剩余85%的股权) */
    if (!legal && e >= s + 12) e -= ends_in(t, s, e, "剩余");
    /* a name ends where an amount or a stake begins (获海燕基金数百万元种子轮
     * 投资, 收购冰途科技约30%股权) */
    for (size_t q = s + 1; q < e && !legal; q++) {
        if (((unsigned char)t[q] & 0xC0) == 0x80) continue;
        static const char *const lead_w[] = {"数", "几", "近", "超", "约", NULL};
        size_t r = q;
        for (int i = 0; lead_w[i]; i++)
            if (e - r >= 3 && memcmp(t + r, lead_w[i], 3) == 0) r += 3;
        while (r < e && (isdigit((unsigned char)t[r]) || t[r] == '.'))
            r++;
        static const char *const units[] = {"十万", "百万", "千万", "万",
                                            "亿",   "十亿", "百亿", NULL};
        int unit = r > q && r < e && t[r] == '%'; /* a stake: X约30%股权 */
        for (int i = 0; units[i] && r > q; i++)
            if (e - r >= strlen(units[i]) && memcmp(t + r, units[i], strlen(units[i])) == 0)
                unit = 1;
        /* ... unless a word after the amount introduces the name (这笔近4亿元
         * 的融资由X领投: the name comes after it) */
        int after = 0;
        static const char *const intro[] = {"由", "被", "向", "获", "与", "和", "为", NULL};
        for (int i = 0; intro[i] && unit; i++)
            after |= memmem(t + r, e - r, intro[i], 3) != NULL;
        if (unit && !after) {
            e = q;
            break;
        }
    }
    size_t s0 = s;
    /* a name in corner brackets is whole: 「和研半导体」 is not 和 (and)
     * 研半导体 (a filing's quotes, 以下简称“本次发行”, are trimmed) */
    int rc = cornered(f, s, e) ? 0
                               : zd_rx_match(f->o->trim, (PCRE2_SPTR)(t + s), e - s, 0,
                                             PCRE2_NO_UTF_CHECK, f->o->md2);
    if (rc >= 2) s += pcre2_get_ovector_pointer(f->o->md2)[2];
    /* (… but not at a 和 of the name's own, as its definition tells) */
    size_t own = s >= s0 + 6 ? and_in_defined(f, s - 3, e) : (size_t)-1;
    if (own != (size_t)-1 && own >= s0) s = own;
    /* a verb said twice around 了 (聊了聊设施农业的生意): trimmed at 了, the
     * name would start with the verb's second half */
    if (s >= s0 + 6 && s + 3 < e && !memcmp(t + s - 3, "了", 3) && (unsigned char)t[s] >= 0xE3 &&
        !memcmp(t + s - 6, t + s, 3))
        s += 3;
    /* a legal name after a descriptor with a Latin word (文档协作SaaS上海岭笺
     * 信息科技有限公司): the name starts past the Latin word, when three Han
     * characters or more come before it (北京TCL… is a place and a brand) */
    if (legal && s < e && (unsigned char)t[s] >= 0xE3) {
        size_t q = s;
        while (q < e && (unsigned char)t[q] >= 0x80)
            q++;
        size_t r = q;
        while (r < e && isalpha((unsigned char)t[r]))
            r++;
        if (q - s >= 9 && r > q && r < e && (unsigned char)t[r] >= 0xE3 && e - r >= 18) s = r;
    }
    /* a Latin name after the kind of body it is (爱尔兰在线语言学校LinguaNest):
     * the name is the Latin word */
    if (!legal && s < e && (unsigned char)t[s] >= 0xE3 && isalpha((unsigned char)t[e - 1])) {
        size_t r = e;
        while (r > s && (isalnum((unsigned char)t[r - 1]) || t[r - 1] == ' ' || t[r - 1] == '&' ||
                         t[r - 1] == '.' || t[r - 1] == '-'))
            r--;
        while (r < e && !isalpha((unsigned char)t[r]))
            r++;
        static const char *const bodies[] = {"学校", "公司", "平台",   "工作室", "机构",   "品牌",
                                             "初创", "新创", "服务商", "开发商", "运营商", NULL};
        for (int i = 0; bodies[i] && e - r >= 3 && isupper((unsigned char)t[r]); i++) {
            size_t l = strlen(bodies[i]);
            if (r >= s + l && !memcmp(t + r - l, bodies[i], l)) {
                s = r;
                break;
            }
        }
    }
    /* a legal name cut down to its form (…基金合伙企业(有限合伙) trimmed at
     * 企业, 苏州元和创业投资合伙企业 at 投资): trim it at a word that cannot
     * be inside a name instead */
    static const char *const forms_only[] = {"合伙企业", "有限公司", "股份有限公司", "有限责任公司",
                                             "控股有限公司", "集团有限公司",
                                             /* (…投资管理有限公司 trimmed at 投资) */
                                             "管理有限公司", "管理合伙企业", "咨询有限公司", NULL};
    int bare_form = 0;
    for (int i = 0; legal && forms_only[i]; i++)
        if (!strncmp(t + s, forms_only[i], strlen(forms_only[i]))) bare_form = 1;
    if (legal && s < e && (t[s] == '(' || bare_form)) {
        static const char *const stops[] = {"股东", "由", "获", "向", "与", "和", "及", "对", "在",
                                            "为", "是", "于", "、", "的", "旗下", "受让", "暨",
                                            /* (公司拟通过全资子公司X(香港)投资有限公司) */
                                            "子公司", NULL};
        size_t best = s0;
        for (int i = 0; stops[i]; i++) {
            size_t l = strlen(stops[i]);
            for (size_t q = s0; q + l <= s; q++)
                if (!memcmp(t + q, stops[i], l) && q + l > best) best = q + l;
        }
        s = best;
    }
    /* 投资 right before a role verb is a firm's word (台杉投资领投): 投资
     * is no verb there, as 投资领投 is no phrase; so it is before the rest
     * of a list that ends in one (台杉投资、华登国际跟投) */
    int firm = !legal && role_verb_at(t, f->n, e);
    /* ... and before a verb of its own (盈泰投资提出私有化建议, X投资持有) */
    static const char *const own_verbs[] = {"提出", "宣布", "表示", "持有", "持股", NULL};
    for (int i = 0; own_verbs[i] && !legal && !firm; i++)
        firm = at_word(t, f->n, e, own_verbs[i]);
    /* ... and before the round it leads (X投资(Latin)是本轮的领投方) */
    if (!legal && !firm) {
        size_t q = e;
        if (q < f->n && t[q] == '(') {
            const char *close = memchr(t + q, ')', f->n - q < 64 ? f->n - q : 64);
            if (close) q = (size_t)(close - t) + 1;
        }
        firm = at_word(t, f->n, q, "是本轮") || at_word(t, f->n, q, "为本轮");
    }
    if (!legal && !firm && (at_word(t, f->n, e, "、") || at_word(t, f->n, e, "和")))
        for (size_t q = e; q < f->n && q < e + 60 && !firm; q++) {
            if (t[q] == ',' || t[q] == ';' || t[q] == '\n' || at_word(t, f->n, q, "。")) break;
            firm = at_word(t, f->n, q, "领投") || at_word(t, f->n, q, "跟投");
        }
    for (int again = 1; again && !legal && !f->whole;) {
        again = 0;
        for (int i = 0; tails[i]; i++) {
            size_t l = strlen(tails[i]);
            if (firm && !strcmp(tails[i], "投资")) continue;
            /* (约 of a word: 要约, 合约, 签约 end names of offers, not amounts) */
            if (!strcmp(tails[i], "约") && e - s > 6) {
                static const char *const words[] = {"要", "合", "签", "契", "预", "履", "违",
                                                    "节", "大", "制", "公", "特", "邀", NULL};
                int word = 0;
                for (int w = 0; words[w] && !word; w++)
                    word = !memcmp(t + e - 6, words[w], 3);
                if (word) continue;
            }
            if (e - s > l && memcmp(t + e - l, tails[i], l) == 0) {
                e -= l;
                again = 1;
            }
        }
    }
    /* a name ends where a side's word does (对X单方面增资, 各方面) */
    static const char *const sides[] = {"单", "双", "多", "各", NULL};
    for (int i = 0; sides[i] && !legal && e >= s + 9 && at_word(t, f->n, e, "方面"); i++)
        if (ends_in(t, s, e, sides[i])) {
            e -= 3;
            break;
        }
    /* a source's counting after its name (据研究机构X统计): the name is X */
    if (!legal && e >= s + 9 && !memcmp(t + e - 6, "统计", 6)) e -= 6;
    /* a stake told in tenths after the name (收购柏丰物流六成股权) */
    if (!legal && e >= s + 12 && !memcmp(t + e - 3, "成", 3)) {
        static const char *const tenth[] = {"一", "二", "两", "三", "四", "五",
                                            "六", "七", "八", "九", NULL};
        for (int i = 0; tenth[i]; i++)
            if (!memcmp(t + e - 6, tenth[i], 3)) {
                e -= 6;
                break;
            }
    }
    /* a Latin name of several capitalized words, cut at a space by the
     * patterns (Arcadia Motion, Voltaic Grid): take the words before it */
    if (!legal && s >= 2 && isupper((unsigned char)t[s]) && t[s - 1] == ' ') {
        size_t q = s - 1;
        for (int w = 0; w < 3 && q > 0 && t[q] == ' '; w++) {
            size_t p = q;
            while (p > 0 &&
                   (isalnum((unsigned char)t[p - 1]) || t[p - 1] == '&' || t[p - 1] == '.'))
                p--;
            /* (a number opens a fund's name: 500 Global) */
            int number = p < q && isdigit((unsigned char)t[p]);
            for (size_t r = p; r < q && number; r++)
                number = isdigit((unsigned char)t[r]);
            if (p == q || (!isupper((unsigned char)t[p]) && !number)) break;
            s = p;
            q = p > 0 ? p - 1 : 0;
        }
    }
    /* a product's kind before a Latin name (AI修图应用Nuvrel, NPC引擎X): the name is
     * the Latin word after the kind */
    if (!legal && e > s && isalpha((unsigned char)t[e - 1])) {
        size_t q = e;
        while (q > s && (isalnum((unsigned char)t[q - 1]) || t[q - 1] == '-'))
            q--;
        static const char *const product_kinds[] = {"应用", "平台", "工具", "软件", "品牌",
                                                    "公司", "初创", "新创", "引擎", NULL};
        for (int i = 0; product_kinds[i] && q > s && isupper((unsigned char)t[q]) && e - q >= 3;
             i++) {
            size_t l = strlen(product_kinds[i]);
            if (q - s > l && !memcmp(t + q - l, product_kinds[i], l)) {
                s = q;
                break;
            }
        }
    }
    size_t k = nchars(t, s, e);
    /* (a Latin legal name may be longer: PT Kirimin Teknologi Indonesia) */
    int ascii = 1;
    for (size_t q = s; q < e && ascii; q++)
        ascii = (unsigned char)t[q] < 0x80;
    if (k < 2 || k > (ascii ? 40u : 24u) || is_word(t, s, e, generic) || is_word(t, s, e, tails))
        return;
    /* a trade's operators (连锁回转寿司业者) are no name */
    if (!legal && e - s > 6 && !memcmp(t + e - 6, "业者", 6)) return;
    /* a name does not start with a quantity or a pointer (一家德国企业,
     * 多家机构, 该公司) */
    static const char *const heads[] = {
        "你们", "我们", "他们", "它们", "一家", "一个", "一位", "一方", "双方", "各方", "对方",
        "某", "多家", "数家", "几家", "这家", "那家", "该", "此", "其", "之全资", "之附属", "另一",
        "另外", "其他", "其它", "各", "两家", "三家", "四家", "五家", "六家", "七家", "八家",
        "九家", "十家", "十余家", "全球", "国内", "国际", "海外", "首批", "每", "这批", "该批",
        "一批", "至少",
        /* what a company does, or its role, before it is named (开发X与Y的Z,
         * 领投X的) */
        "开发", "研发", "专注", "主打", "致力", "领投", "跟投", "做",
        /* 并购谈判, 收购案, 收购方: compounds, not names */
        "谈判", "案", "方案", "重组", "事宜", "标的", "意向",
        /* what 是次/本次 leaves when 是 is trimmed */
        "次", "有", "共有",
        /* the shares, not their company (股份定于10月3日挂牌) */
        "股份",
        /* a conjunction opens a clause, not a name (而直接收购…), nor
         * does 随着 (随着多家公司拿到融资) or what outsiders say (外界传…) */
        "而", "从而", "进而", "因而", "却", "随着", "外界", "时隔", "听说", "据说",
        /* nor a valuation (估值分歧…), nor
         * a kind of many (多数一次性到账的融资, 对单一材料新创的投资) */
        "估值", "多数", "大多数", "少数", "单一", "單一", "首笔", "首筆",
        /* a board's resolution (决议终止…) */
        "决议",
        /* a listing's market describes (A股公司X) */
        "A股", "港股", "美股", "上市公司",
        /* a project's company (与项目公司签订) is a role, not a name */
        "项目",
        /* a pronoun or a question opens none (它刚刚完成, 收购能否兑现) */
        "它", "他", "她", "能否", "是否", "如何", "为何", "怎样", "怎么", "什么",
        /* nor an adverb (企业正积极筹备来港上市), nor an offer's tranche */
        "正积极", "积极", "公开发售", "国际配售",
        /* nor a founding or a span (成立五年来, 期间自…) */
        "成立", "期间",
        /* nor a time (彼时公司获得…) */
        "彼时", "当时", "此时", "那时", "刚刚", "曾经",
        /* nor a size or a fame (这家…的中型私募基金) */
        "中型", "大型", "小型", "知名", "老牌",
        /* nor a review (外资收购审查趋严), nor a range's "all have" (都有新创),
         * nor what is subject to something (受审查趋严影响) */
        "审查", "都有", "受",
        /* nor a negation (并不少见) */
        "不少", "不同", "不会", "不再", "不能", "不是", "不超过", "不低于", "拟",
        /* (what a rumor's verb leaves: 传闻不属实) */
        "不属实", "不实", "属实",
        /* nor a lack told (公司“暂无新的融资计划”), nor what is said (消息说X…) */
        "暂无", "说",
        /* nor a move's verb (布局矽光子) */
        "布局", NULL};
    /* nor a country's firm of a kind (德国MEMS传感器公司): a description */
    static const char *const lands[] = {"德国", "美国", "日本",   "法国", "英国", "韩国", "以色列",
                                        "瑞典", "荷兰", "意大利", "瑞士", "欧洲", "海外", NULL};
    static const char *const firm_w[] = {"公司", "企业", "厂商", "集团", NULL};
    /* ... but a group named after its country (与法国达飞海运集团签订) is
     * the group: the country is the sentence's word, not the name's */
    for (int i = 0; lands[i] && !legal; i++)
        if (e - s > strlen(lands[i]) + 6 && !memcmp(t + s, lands[i], strlen(lands[i]))) {
            if (!memcmp(t + e - 6, "集团", 6) && e - s >= strlen(lands[i]) + 12) {
                s += strlen(lands[i]);
                break;
            }
            for (int j = 0; firm_w[j]; j++)
                if (!memcmp(t + e - 6, firm_w[j], 6)) return;
        }
    /* nor a founder's family that sells (RoboTec创办人家族) */
    if (e - s > 6 && !memcmp(t + e - 6, "家族", 6)) return;
    /* nor a firm named by its trade alone (钠电材料商, 德国泵企, 机器人公司) */
    static const char *const trade_firms[] = {
        "材料商", "供应商", "服务商", "制造商", "开发商", "运营商", "设备商", "零售商", "经销商",
        "集成商", "提供商", "方案商", "代工商", "厂商",
        /* (a kind of brand or chain: 冻干猫粮品牌, 宠物医疗连锁) */
        "品牌", "连锁",
        /* (an industry: 今年以来对太空产业的最大单笔投资) */
        "产业", NULL};
    for (int i = 0; trade_firms[i] && !legal; i++) {
        size_t l = strlen(trade_firms[i]);
        if (e - s >= l && !memcmp(t + e - l, trade_firms[i], l)) return;
    }
    if (!legal && e - s > 3 && !memcmp(t + e - 3, "企", 3)) return;
    /* nor a right (继续收购的选择权, 控制权) */
    if (!legal && e - s > 3 && !memcmp(t + e - 3, "权", 3)) return;
    /* nor a programme (创业天使计画, 扶持计划) */
    if (!legal && e - s > 6 && (!memcmp(t + e - 6, "计划", 6) || !memcmp(t + e - 6, "计画", 6)))
        return;
    if (!legal && e - s > 6 && !memcmp(t + e - 6, "公司", 6) && is_word(t, s, e - 6, generic))
        return;
    /* ... nor a field's (高溢价收购游戏公司的时代已经结束): a kind of
     * company, not one */
    if (!legal && ends_in(t, s, e, "公司") && field_word(t + s, e - s - 6)) return;
    /* ... nor the kind that ends a description of the company just named
     * (这家总部位于苏州的仿真软件公司): 这家…的 before it */
    if (!legal && s >= 3 && !memcmp(t + s - 3, "的", 3) &&
        (ends_in(t, s, e, "公司") || ends_in(t, s, e, "企业") || ends_in(t, s, e, "工作室") ||
         ends_in(t, s, e, "团队")) &&
        this_described(t, s - 3))
        return;
    /* nor is it a round (种子轮, A+轮) */
    if (e - s >= 3 && memcmp(t + e - 3, "轮", 3) == 0) return;
    for (int i = 0; heads[i]; i++)
        if (e - s >= strlen(heads[i]) && memcmp(t + s, heads[i], strlen(heads[i])) == 0) return;
    /* nor a count of parties (三名基石投资者, 两家机构) */
    if (!legal && e - s > 6) {
        static const char *const nums[] = {"一", "二", "两", "三", "四", "五", "六",
                                           "七", "八", "九", "十", "几", "数", NULL};
        /* (…of things too: 买下了一条成熟的产线, 十多家游戏工作室) */
        static const char *const units[] = {"名", "家", "位", "条", "批", "款", "座", NULL};
        for (int i = 0; nums[i]; i++)
            if (!memcmp(t + s, nums[i], 3)) {
                size_t u = s + 3;
                if (!memcmp(t + u, "多", 3) || !memcmp(t + u, "余", 3)) u += 3;
                for (int j = 0; units[j] && e - u > 3; j++)
                    if (!memcmp(t + u, units[j], 3)) return;
            }
    }
    /* nor does it hold a descriptive noun (空间智能领域, 中国汽车电子市场,
     * 交易总额) */
    static const char *const nouns[] = {
        "领域", "赛道", "市场", "行业", "总额", "金额", "比例", "规模", "产业链", "资金", "存款",
        "现金", "板块", "概念", "事件", "结果", "事项", "股本", "背景", "数量", "上限", "下限",
        "消息", "传闻", "溢价", "折价", "市销率", "市盈率", "市净率",
        /* (a registered capital: 被投資事業實收資本額的49%) */
        "资本额", "資本額", NULL};
    for (int i = 0; nouns[i] && !legal; i++)
        if (memmem(t + s, e - s, nouns[i], strlen(nouns[i]))) return;
    /* nor a clause: names hold no 的, 是 or verbs of offering */
    /* nor a deal, nor what follows 其 (its parts and products), nor a
     * place word's tail (…零部件上) */
    static const char *const deal_in[] = {"融资", "募资", "交易", "收购", "并购", NULL};
    for (int i = 0; deal_in[i] && !legal; i++)
        if (memmem(t + s, e - s, deal_in[i], strlen(deal_in[i]))) return;
    if (!legal && s >= 3 && memcmp(t + s - 3, "其", 3) == 0) return;
    if (!legal && e - s > 6 && (memcmp(t + e - 3, "上", 3) == 0 || memcmp(t + e - 3, "中", 3) == 0))
        return;
    static const char *const clause[] = {
        "的", "是", "提供", "唯一", "能够", "可以", "正在", "已经", "主攻", "专注", "主营", "致力",
        "聚焦", "从事", "洽谈", "一笔", "一轮", "个月", "年内", "天内", "以来", "有助于", "有利于",
        "补齐", "提升", "加快", "推动", "帮助", "不到", "半年", "延伸", "缩短", "带有", "变成",
        "变为", "削减", "增长", "下降", "上升", "达到", "降低", "减少", "增加", "申请", "中止",
        "出手", "发行股份", "定增", "方式", "换股", "持有", "减持", "最", "具有", "拥有", "考量",
        "第一次", "尝试", "董事会", "股东大会", "审议", "鼓励", "更加", "所持", "首次", "新设",
        "很",
        /* (对内直接投资审查, 就能少N, 收购计划并与…) */
        "直接", "就能", "计划",
        /* (对半导体相关新创的投资: a kind, no firm) */
        "相关", NULL};
    for (int i = 0; clause[i] && !legal; i++)
        if (memmem(t + s, e - s, clause[i], strlen(clause[i]))) return;
    /* nor what a company works on (是一家专注于多模态大模型的创业公司) */
    static const char *const focus[] = {"专注于", "致力于", "聚焦于", "深耕于", "专注",
                                        "聚焦",   "深耕",   "主攻",   NULL};
    for (int i = 0; focus[i] && !legal; i++)
        if (s >= strlen(focus[i]) && !memcmp(t + s - strlen(focus[i]), focus[i], strlen(focus[i])))
            return;
    /* nor a place where something is done (在新加坡宣布, 于深圳举行) */
    if (!legal && s >= 3 && (!memcmp(t + s - 3, "在", 3) || !memcmp(t + s - 3, "于", 3))) {
        static const char *const done_at[] = {"宣布", "举行", "召开", "发布", "表示",
                                              "设立", "成立", "落地", NULL};
        for (int i = 0; done_at[i]; i++)
            if (f->n - e >= strlen(done_at[i]) && !memcmp(t + e, done_at[i], strlen(done_at[i])))
                return;
    }
    /* nor is it a span of time (未来三年, 过去两个月) */
    static const char *const times[] = {"未来", "过去", "今年", "去年", "明年", "年内", "之前",
                                        "之后", "以后", "更早", "早前", "年底", "年初", "此前",
                                        "目前", "当前", "近期", "近年", "近两年", "近日", "之间",
                                        /* (短期内, 报告期内) */
                                        "期内",
                                        /* (公司2021年成立,同年拿到…) */
                                        "同年", "次年", "当年",
                                        /* (4月17日晚间连发两则公告) */
                                        "晚间", "早间", NULL};
    for (int i = 0; times[i] && !legal; i++) {
        const char *at = memmem(t + s, e - s, times[i], strlen(times[i]));
        /* ... but a name may end in 未来 (好未来), as no span does */
        if (at && !(i == 0 && at > t + s && at + 6 == t + e)) return;
    }
    /* a Chinese name found only by its place in a sentence needs three
     * characters: two are too often a plain word there (业绩, 保障) */
    int quoted = s >= 3 && (memcmp(t + s - 3, "“", 3) == 0 || memcmp(t + s - 3, "「", 3) == 0);
    /* (straight quotes too, when they close right after it: 平台"学屿"获得) */
    if (s >= 1 && t[s - 1] == '"' && e + 1 < f->n && t[e] == '"') {
        /* (… and a deal's verb right after them, not 两家公司"绑定"解读) */
        static const char *const verb_q[] = {"获得", "完成", "宣布", "拿下", "获", NULL};
        for (int i = 0; verb_q[i] && !quoted; i++)
            quoted = at_word(t, f->n, e + 1, verb_q[i]);
    }
    /* ... unless its context names it (two_char_named) */
    int described = k == 2 && two_char_named(f, s, e);
    if (!legal && !quoted && !described && k < 3 && (unsigned char)t[s] >= 0xE3) return;
    /* a name has a letter, Han or Latin, and no amount in it */
    int letter = 0;
    for (size_t i = s; i < e; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 0xE3 || ((c | 32) >= 'a' && (c | 32) <= 'z')) letter = 1;
        if (c == '%' || c == '$') return;
    }
    /* (but a Latin name may open with a number: 500 Global) */
    size_t dg = s;
    while (dg < e && isdigit((unsigned char)t[dg]))
        dg++;
    int numbered = dg > s && dg + 1 < e && t[dg] == ' ' && isupper((unsigned char)t[dg + 1]);
    if (!letter || (isdigit((unsigned char)t[s]) && !numbered)) return;
    /* nor a count of people or firms (不超过35名特定投资者, 3家机构) */
    for (size_t i = s; i + 4 <= e; i++)
        if (isdigit((unsigned char)t[i]) &&
            (!memcmp(t + i + 1, "名", 3) || !memcmp(t + i + 1, "家", 3) ||
             !memcmp(t + i + 1, "位", 3)))
            return;
    /* nor a person by title (董事长韩立川, 联合创始人) */
    static const char *const people[] = {"董事长", "创始人", "CEO",  "总裁", "总经理",
                                         "负责人", "合伙人", "首席", "经理", "主任",
                                         "教授",   "博士",   "先生", "女士", NULL};
    for (int i = 0; people[i] && !legal; i++)
        if (memmem(t + s, e - s, people[i], strlen(people[i]))) return;
    /* nor a field of industry (农业科技, 金融科技, 医疗机器人) */
    if (!legal && sector_name(t + s, e - s)) return;
    /* a legal name needs a name before its form: 网络科技有限公司 and
     * 控股集团有限公司 alone are the tail of one cut short */
    if (legal && is_word(t, s, e, forms_only)) return; /* a form alone (合伙企业) */
    /* (… a Japanese one too, before its name: 株式会社大和精密纤维) */
    if (legal && is_word(t, s, e, (const char *const[]){"株式会社", "合同会社", NULL})) return;
    if (legal) {
        static const char *const forms[] = {"股份有限公司", "有限责任公司", "集团有限公司",
                                            "控股有限公司", "有限公司",     NULL};
        size_t core = e - s;
        for (int i = 0; forms[i]; i++) {
            size_t l = strlen(forms[i]);
            if (core > l && memcmp(t + e - l, forms[i], l) == 0) {
                core -= l;
                break;
            }
        }
        static const char *const bare[] = {"控股集团", "控股", "集团", "科技", "实业", "发展",
                                           "投资",     "网络", "信息", "技术", NULL};
        if (sector_name(t + s, core) || is_word(t, s, s + core, bare)) return;
    }
    /* nor a count of companies (31家硬科技企业) */
    for (size_t q = s; q + 3 <= e && !legal; q++)
        if (isdigit((unsigned char)t[q]) && memcmp(t + q + 1, "家", 3) == 0) return;
    /* nor a description of a kind of company (头部整机企业) */
    static const char *const descr[] = {"企业", "机构", "厂商", "厂家", "公司们", "龙头", "巨头",
                                        "大厂", "新秀", "新锐", "基地", "项目",   NULL};
    for (int i = 0; descr[i] && !legal; i++) {
        size_t l = strlen(descr[i]);
        if (e - s > l && memcmp(t + e - l, descr[i], l) == 0) return;
    }
    /* nor a phrase ending in a preposition, a time or a count (回收期可缩短至3年,
     * 上市前, 砚秋数据继…后, 今年以来第二次, 在深圳注册) */
    static const char *const preps[] = {"至", "到", "于", "时",   "时候", "前",
                                        "后", "继", "次", "注册", "股票", NULL};
    for (int i = 0; preps[i] && !legal; i++) {
        size_t l = strlen(preps[i]);
        if (e - s > l && memcmp(t + e - l, preps[i], l) == 0) return;
    }
    /* nor words of a conversation: a personal pronoun (外界比较关心你们的融资,
     * 收购别人), a question's particle (…别人吗), or the passive's 被 or a
     * verb of intent at the end (会考虑被收购) */
    static const char *const talk[] = {"你们", "我们", "他们", "她们",
                                       "它们", "咱们", "别人", NULL};
    for (int i = 0; talk[i] && !legal; i++)
        if (memmem(t + s, e - s, talk[i], strlen(talk[i]))) return;
    static const char *const particles[] = {"吗", "呢", "吧", "嘛", "被",
                                            /* (会考虑被收购: a verb of intent) */
                                            "考虑", "打算", "愿意", NULL};
    for (int i = 0; particles[i] && !legal; i++) {
        size_t l = strlen(particles[i]);
        if (e - s > l && memcmp(t + e - l, particles[i], l) == 0) return;
    }
    /* nor the first word of a longer Latin name (Lumina of Lumina Robotics) */
    if (e + 1 < f->n && t[e] == ' ' && isupper((unsigned char)t[e + 1]) &&
        isalpha((unsigned char)t[e - 1]))
        return;
    if (overlaps_other(f, s, e)) return;
    if (!legal && occupied(f, s, e, OCC_CLAIMED)) {
        /* ... unless it is a gazetteer name with an organization word after
         * it, a longer name of its own (招商局 + 创投) */
        static const char *const suffixes[] = {"创投", "资本", "基金", "投资", "集团", "科技",
                                               "证券", "银行", "控股", "产投", "创新", "股份",
                                               "一期", "二期", "三期", NULL};
        int longer = 0;
        const span *c = claimed_at(f, s);
        if (c && c->e < e)
            for (int k2 = 0; suffixes[k2]; k2++) {
                size_t l = strlen(suffixes[k2]);
                if (e - c->e >= l && memcmp(t + e - l, suffixes[k2], l) == 0) longer = 1;
            }
        /* ... or a two-character alias inside a longer name of an industry
         * (极星 in 北极星物流科技): one character before it, more after */
        const span *in = (unsigned char)t[s] >= 0xE3 ? claimed_at(f, s + 3) : NULL;
        if (in && in->e - in->s == 6 && in->e < e && zd_org_industry_suffix(t + s, e - s) &&
            !occupied(f, in->e, e, OCC_CLAIMED))
            longer = 1;
        /* ... or a product's name that ends a company's of two characters
         * more, right after its descriptor (卫星激光通信企业光宇星链获得: 星链
         * is a product), or at a sentence's start; not after 公司, which
         * ends the name before it (中国铁路总公司通过官方微博) */
        int after_descr = 0;
        static const char *const descr_w[] = {"企业", "品牌", "平台", "厂商", NULL};
        for (int d = 0; descr_w[d] && s >= 6; d++)
            after_descr |= !memcmp(t + s - 6, descr_w[d], 6);
        /* (… or opening a sentence: 。光宇星链成立于2019年) */
        after_descr |= s == 0 || t[s - 1] == '\n' || (s >= 3 && !memcmp(t + s - 3, "。", 3));
        for (size_t q = s + 6;
             after_descr && q + 3 < e && !longer && !occupied(f, s, q, OCC_CLAIMED); q++) {
            const span *pr = claimed_at(f, q);
            if (pr && pr->product && pr->e == e) longer = 1;
        }
        if (!longer) return;
    }
    if (legal) {
        const span *c = claimed_at(f, s);
        if (c && c->e == e) return;
    }
    add_found(f, s, e);
}

/* The separators of a list of names (A、B和C). */
static const char *const list_seps[] = {"、", "以及", "和", "及", "与", "跟", NULL};

/* Whether t[s,e) names a company after a descriptor that a list of
 * trades leads up to (工业视觉与大模型公司格物云图: a company of both
 * trades, named 格物云图): a descriptor word with a name after it. */
static int described_name(const char *t, size_t s, size_t e)
{
    static const char *const descr[] = {"公司",   "企业",   "厂商",   "平台",   "服务商", "提供商",
                                        "开发商", "制造商", "供应商", "运营商", "营运商", "品牌",
                                        "初创",   "新创",   "发行商", NULL};
    /* the descriptor comes after the last separator, and a name after it */
    size_t last = (size_t)-1;
    for (size_t q = s; q < e; q++)
        for (int k = 0; list_seps[k]; k++)
            if (q + strlen(list_seps[k]) <= e && !memcmp(t + q, list_seps[k], strlen(list_seps[k])))
                last = q;
    if (last == (size_t)-1) return 0;
    for (size_t q = last + 3; q + 6 < e; q++)
        for (int k = 0; descr[k]; k++) {
            size_t l = strlen(descr[k]);
            if (q + l + 6 <= e && memcmp(t + q, descr[k], l) == 0) return 1;
        }
    return 0;
}

/* Split a list (A、B和C) and hand each piece to candidate(). */
/* Whether t[0,n) starts with one of the words of a NULL-terminated list. */
static int has_prefix_any(const char *t, size_t n, const char *const *ws)
{
    for (int i = 0; ws[i]; i++)
        if (strlen(ws[i]) <= n && !memcmp(t, ws[i], strlen(ws[i]))) return 1;
    return 0;
}

static void candidates(finder *f, size_t s, size_t e)
{
    const char *t = f->t;
    size_t a = s;
    /* a name in corner brackets is one name, 和 and all (「和研半导体」) */
    if (cornered(f, s, e)) {
        candidate(f, s, e, 0);
        return;
    }
    /* a range of fields (从AI推论芯片、数字医疗到储能) names none */
    const char *from = memmem(t + s, e - s, "从", 3);
    if (from && memmem(from + 3, e - (size_t)(from + 3 - t), "到", 3)) return;
    if (described_name(t, s, e)) {
        candidate(f, s, e, 0); /* trimmed at the descriptor */
        return;
    }
    /* what comes before the last 的 describes the name (主攻电子发票与
     * 记账的X): a 与 there joins no names, unless the 的 names a relative
     * (A与B旗下的C) */
    for (size_t q = e; q >= s + 3; q--)
        if (!memcmp(t + q - 3, "的", 3)) {
            int joined = 0;
            static const char *const joins[] = {"、", "和", "及", "与", NULL};
            for (int k = 0; joins[k] && !joined; k++)
                joined = memmem(t + s, q - 3 - s, joins[k], strlen(joins[k])) != NULL;
            static const char *const kin[] = {"旗下", "下属", "所属", "控股", "参股", "孵化", NULL};
            int rel = 0;
            for (int k = 0; kin[k] && !rel; k++)
                rel = q - 3 >= s + 6 && !memcmp(t + q - 9, kin[k], 6);
            /* (A和B的数百万元天使轮投资: the 的 of A and B's money) */
            int money =
                q < e && (isdigit((unsigned char)t[q]) ||
                          has_prefix_any(t + q, e - q,
                                         (const char *const[]){"数", "几", "近", "超", "约", "逾",
                                                               "合计", "共同", NULL}));
            if (joined && !rel && !money && q < e) s = a = q;
            break;
        }
    for (size_t i = s; i < e;) {
        int hit = 0;
        for (int k = 0; list_seps[k]; k++) {
            size_t l = strlen(list_seps[k]);
            if (i + l <= e && memcmp(t + i, list_seps[k], l) == 0) {
                /* one character is no name: 和 after it is the name's own
                 * (钧和新材, 晋和医疗), not a list's */
                if (!strcmp(list_seps[k], "和") && i == a + 3 && (unsigned char)t[a] >= 0xE0) break;
                /* ... nor is one that ends the span: no name follows it
                 * (对连锁品牌百姓仁和的控股收购) */
                if (!strcmp(list_seps[k], "和") && i + l == e) break;
                /* ... nor is one the name's definition holds (港和设计) */
                if (!strcmp(list_seps[k], "和") && and_in_defined(f, i, e) != (size_t)-1) break;
                /* a separator inside a gazetteer name does not split it */
                if (i > 0 && occ_bit(f, 0, i) && occ_bit(f, 0, i - 1) && !claimed_at(f, i))
                    break; /* inside: i is in a claimed span and does not start one */
                candidate(f, a, i, 0);
                a = i = i + l;
                hit = 1;
                break;
            }
        }
        if (!hit) {
            i++;
            while (i < e && ((unsigned char)t[i] & 0xC0) == 0x80)
                i++;
        }
    }
    candidate(f, a, e, 0);
}

/* Calls fn for every match of re in the text (groups >= 1, or the whole
 * match when the pattern has no group). */
/* Calls fn for every match of re within t[lo,hi) (groups >= 1, or the
 * whole match when the pattern has no group). Text before lo stays
 * visible to lookbehinds. */
static void each_match(finder *f, pcre2_code *re, size_t lo, size_t hi,
                       void (*fn)(finder *, size_t, size_t, int), int arg)
{
    size_t off = lo;
    while (off < hi) {
        int rc = zd_rx_match(re, (PCRE2_SPTR)f->t, hi, off, PCRE2_NO_UTF_CHECK, f->o->md);
        if (rc < 0) break;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(f->o->md);
        size_t ms = ov[0], me = ov[1];
        if (rc == 1)
            fn(f, ms, me, arg);
        else
            for (int g = 1; g < rc; g++)
                if (ov[2 * g] != PCRE2_UNSET) fn(f, ov[2 * g], ov[2 * g + 1], arg);
        off = me > ms ? me : ms + 1;
        while (off < hi && ((unsigned char)f->t[off] & 0xC0) == 0x80)
            off++;
    }
}

/* arg 1: the group is a list of names by layout (投资方为A、B投资): each
 * piece is a whole name, whose last word is not a verb to trim */
static void role_group(finder *f, size_t s, size_t e, int arg)
{
    f->whole = arg;
    candidates(f, s, e);
    f->whole = 0;
}

static int is_boundary_char(const char *t, size_t i, size_t *len)
{
    /* (the marks of BOUND in the patterns) */
    static const char *const marks[] = {"。", "“",  "”",  "「", "」", "（",
                                        "）", "《", "》", "】", NULL};
    unsigned char c = (unsigned char)t[i];
    *len = 1;
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n' || c == ' ' ||
        c == '\t' || c == '"' || c == '(' || c == ')' || c == '|')
        return 1;
    if (c != 0xE2 && c != 0xE3 && c != 0xEF) return 0; /* every mark starts with one of these */
    for (int k = 0; marks[k]; k++)
        if (memcmp(t + i, marks[k], 3) == 0) {
            *len = 3;
            return 1;
        }
    /* a bullet: every one is 3 bytes starting 0xE2, which in BULLETS
     * starts only whole characters */
    if (c == 0xE2 && memmem(BULLETS, sizeof BULLETS - 1, t + i, 3)) {
        *len = 3;
        return 1;
    }
    return 0;
}

/* The role patterns over one sentence. Those that begin with a name can
 * only start at a clause boundary, so they are tried anchored at each
 * boundary (a handful per sentence) rather than at every byte. */
static void roles_in(finder *f, size_t lo, size_t hi, uint64_t mask)
{
    size_t starts[256], ns = 0;
    starts[ns++] = lo;
    for (size_t i = lo; i < hi && ns < 256;) {
        size_t l;
        if (is_boundary_char(f->t, i, &l)) {
            i += l;
            if (i < hi) starts[ns++] = i;
        } else {
            i++;
        }
    }
    for (int r = 0; r < ZD_NROLES; r++) {
        if (!(mask & (1ull << r))) continue;
        if (!f->o->anchored[r]) {
            each_match(f, f->o->roles[r], lo, hi, role_group, r == ZD_ROLE_NAME_LIST);
            continue;
        }
        size_t done = lo;
        for (size_t k = 0; k < ns; k++) {
            if (starts[k] < done) continue;
            int rc = zd_rx_match(f->o->roles[r], (PCRE2_SPTR)f->t, hi, starts[k],
                                 PCRE2_NO_UTF_CHECK, f->o->md);
            if (rc < 0) continue;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(f->o->md);
            for (int g = 1; g < rc; g++)
                if (ov[2 * g] != PCRE2_UNSET) candidates(f, ov[2 * g], ov[2 * g + 1]);
            done = ov[1];
        }
    }
}

static void latin_name(finder *f, size_t s, size_t e, int arg)
{
    (void)arg;
    /* a round is no name ($18M Series A AI短剧平台X) */
    if (e - s > 7 && !memcmp(f->t + s, "Series ", 7)) return;
    /* a single mixed-case word needs two capitals and two small letters:
     * OpenAI and MiniMax, not KrF, ArF or mRNA */
    if (!memchr(f->t + s, ' ', e - s)) {
        int up = 0, low = 0;
        for (size_t i = s; i < e; i++) {
            unsigned char ch = (unsigned char)f->t[i];
            up += ch >= 'A' && ch <= 'Z';
            low += ch >= 'a' && ch <= 'z';
        }
        if (up < 2 || low < 2) return;
    }
    if (!occupied(f, s, e, OCC_CLAIMED) && !overlaps_other(f, s, e)) add_found(f, s, e);
}

/* A name's occurrence in the text: rank of the name (the order of its
 * first discovery), position. */
typedef struct {
    size_t rank, pos;
} name_at;

static int by_rank_pos(const void *a, const void *b)
{
    const name_at *x = a, *y = b;
    if (x->rank != y->rank) return x->rank < y->rank ? -1 : 1;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Step 3 of zd_orgs_find: every repetition of a found name is a mention,
 * unless it overlaps one already there. The effect is that of searching the
 * text for each distinct name in the order found, left to right, each
 * search going on after the end of the occurrence it found. An article's
 * few names are looked up at each position of one pass by their first two
 * bytes; beyond REPEATS_FEW names the search is a rolling hash per name
 * length, so that it costs the text's length times the number of distinct
 * lengths, not times the number of names (memmem per name made a page of
 * 150000 names take minutes). */
#define REPEATS_FEW 256

static void repeats(finder *f)
{
    const char *t = f->t;
    size_t n = f->n, nf = f->nf;
    if (!nf) return;
    /* the distinct names, in order: uniq[rank] = index into found */
    size_t *uniq = zd_xmalloc(nf * sizeof *uniq), nu = 0;
    size_t cap = 64;
    while (cap < 2 * nf)
        cap *= 2;
    size_t *seen = zd_xcalloc(cap, sizeof *seen); /* rank + 1 */
    size_t maxlen = 0, minlen = (size_t)-1;
    for (size_t i = 0; i < nf; i++) {
        const char *name = t + f->found[i].s;
        size_t len = f->found[i].e - f->found[i].s, j = name_hash(name, len) & (cap - 1);
        int dup = 0;
        for (; seen[j] && !dup; j = (j + 1) & (cap - 1)) {
            const span *q = &f->found[uniq[seen[j] - 1]];
            dup = q->e - q->s == len && memcmp(t + q->s, name, len) == 0;
        }
        if (dup) continue;
        seen[j] = nu + 1;
        uniq[nu++] = i;
        if (len > maxlen) maxlen = len;
        if (len < minlen) minlen = len;
    }
    /* occurrences of every name */
    name_at *occs = NULL;
    size_t no = 0, co = 0;
    const uint64_t B = 1099511628211u;
    uint64_t *hs = zd_xmalloc(nu * sizeof *hs);
    if (nu <= REPEATS_FEW && minlen >= 2) {
        /* an article's few names: one pass over the text, each position
         * looked up by its first two bytes */
        int16_t head[1024], next[REPEATS_FEW];
        unsigned char first[32] = {0};
        memset(head, 0xff, sizeof head);
        for (size_t r = 0; r < nu; r++) {
            const unsigned char *q = (const unsigned char *)t + f->found[uniq[r]].s;
            unsigned k = (q[0] * 31u + q[1]) & 1023;
            first[q[0] >> 3] |= (unsigned char)(1u << (q[0] & 7));
            next[r] = head[k];
            head[k] = (int16_t)r;
        }
        const unsigned char *u = (const unsigned char *)t;
        for (size_t i = 0; i + 1 < n; i++) {
            if ((i & 0xFFFF) == 0 && zd_rx_expired(t)) break; /* the page's time is up */
            if (!(first[u[i] >> 3] & (1u << (u[i] & 7)))) continue;
            for (int r = head[(u[i] * 31u + u[i + 1]) & 1023]; r >= 0; r = next[r]) {
                const span *q = &f->found[uniq[r]];
                size_t len = q->e - q->s;
                if (i + len > n || memcmp(t + i, t + q->s, len) != 0) continue;
                if (no == co) {
                    co = co ? co * 2 : 64;
                    occs = zd_xrealloc(occs, co * sizeof *occs);
                }
                occs[no++] = (name_at){(size_t)r, i};
            }
        }
        maxlen = 0; /* done: no pass by length */
    }
    /* many names: a rolling hash per length */
    for (size_t len = 1; len <= maxlen && len <= n; len++) {
        /* the names of this length, in a hash by their rolling hash */
        size_t k = 0;
        memset(seen, 0, cap * sizeof *seen);
        for (size_t r = 0; r < nu; r++) {
            const span *q = &f->found[uniq[r]];
            if (q->e - q->s != len) continue;
            uint64_t h = 0;
            for (size_t i = q->s; i < q->e; i++)
                h = h * B + (unsigned char)t[i];
            hs[r] = h;
            size_t j = (size_t)(h ^ (h >> 29)) & (cap - 1);
            while (seen[j])
                j = (j + 1) & (cap - 1);
            seen[j] = r + 1;
            k++;
        }
        if (!k) continue;
        if (zd_rx_expired(t)) break; /* the page's time is up (see common/rx.h) */
        uint64_t top = 1, h = 0;
        for (size_t i = 1; i < len; i++)
            top *= B;
        for (size_t i = 0; i < n; i++) {
            if (i >= len) h -= top * (unsigned char)t[i - len];
            h = h * B + (unsigned char)t[i];
            if (i + 1 < len) continue;
            size_t s0 = i + 1 - len;
            for (size_t j = (size_t)(h ^ (h >> 29)) & (cap - 1); seen[j]; j = (j + 1) & (cap - 1)) {
                size_t r = seen[j] - 1;
                if (hs[r] != h || memcmp(t + s0, t + f->found[uniq[r]].s, len) != 0) continue;
                if (no == co) {
                    co = co ? co * 2 : 64;
                    occs = zd_xrealloc(occs, co * sizeof *occs);
                }
                occs[no++] = (name_at){r, s0};
            }
        }
    }
    if (no > 1) qsort(occs, no, sizeof *occs, by_rank_pos); /* (occs is NULL when none) */
    size_t from = 0, rank = (size_t)-1;
    for (size_t k = 0; k < no; k++) {
        size_t r = occs[k].rank, s = occs[k].pos;
        const span *q = &f->found[uniq[r]];
        size_t len = q->e - q->s, e = s + len;
        const char *name = t + q->s;
        if (r != rank) rank = r, from = 0;
        if (s < from) continue; /* inside the previous occurrence of this name */
        from = e;
        /* Latin names stand on word boundaries */
        if ((is_alnum((unsigned char)name[0]) && s > 0 && is_alnum((unsigned char)t[s - 1])) ||
            (is_alnum((unsigned char)name[len - 1]) && e < n && is_alnum((unsigned char)t[e])))
            continue;
        if (!occupied(f, s, e, OCC_CLAIMED | OCC_FOUND) && !overlaps_other(f, s, e))
            add_found(f, s, e);
    }
    free(occs);
    free(hs);
    free(seen);
    free(uniq);
}

/* Every free occurrence of name[0,len) is a found name; with bounded, only
 * those a word of a subject or an object ends (又, 此前, 全部, 的, …). */
static void stem_names(finder *f, const char *name, size_t len, int bounded)
{
    /* (t is NFKC text folded to Simplified: no 獲 or full-width comma) */
    static const char *const ends[] = {"的",   "又", "还",   "已",   "也",   "此前", "全部",
                                       "完成", "获", "宣布", "表示", "称",   "在",   "是",
                                       "将",   "与", "和",   "、",   "创办", "成立", NULL};
    const char *t = f->t;
    size_t n = f->n;
    for (const char *p = t; (p = memmem(p, n - (size_t)(p - t), name, len)) != NULL; p += len) {
        size_t a = (size_t)(p - t), b = a + len;
        if (occupied(f, a, b, OCC_CLAIMED | OCC_FOUND | OCC_OTHER)) continue;
        if (bounded) {
            int end = b >= n || (unsigned char)t[b] < 0xE3 || at_word(t, n, b, "。");
            for (int k = 0; ends[k] && !end; k++)
                end = at_word(t, n, b, ends[k]);
            if (!end) continue;
        }
        add_found(f, a, b);
    }
}

/* The short names t defines with a quote after 简称 or 下称 (以下简称
 * “深言智元”), or names it gives (中文名叫“柯万科技”): up to max spans of
 * their text, two to twelve characters.
 * Returns how many. */
static size_t defined_names(const char *t, size_t n, span *v, size_t max)
{
    static const char *const marks[] = {"简称“", "下称“", "简称「", "下称「",
                                        /* (X的中文名叫“柯万科技”, 一家名为“Y”的公司) */
                                        "名叫“", "名为“", "名是“", "名称为“", "叫做“", NULL};
    size_t k = 0;
    for (int m = 0; marks[m]; m++) {
        size_t ml = strlen(marks[m]);
        for (const char *p = t; k < max && (p = memmem(p, n - (size_t)(p - t), marks[m], ml));
             p += ml) {
            size_t s = (size_t)(p - t) + ml, e = s;
            while (e < n && e - s <= 36 && !at_word(t, n, e, "”") && !at_word(t, n, e, "」") &&
                   t[e] != ',' && t[e] != '(' && t[e] != ')' && t[e] != '\n')
                e++;
            if (e < n && (at_word(t, n, e, "”") || at_word(t, n, e, "」")) &&
                nchars(t, s, e) >= 2 && nchars(t, s, e) <= 12)
                v[k++] = (span){s, e, 0};
        }
    }
    return k;
}

/* The end of a legal form (有限公司, 股份有限公司, 有限责任公司) that follows
 * t[e..] within eight Han characters and nothing else, else 0: the name
 * an alias ending at e begins goes on to it. */
static size_t legal_tail(const char *t, size_t n, size_t e)
{
    static const char *const forms[] = {"股份有限公司", "有限责任公司", "有限公司", NULL};
    for (size_t q = e, k = 0; q < n && k <= 8; k++) {
        for (int f = 0; forms[f]; f++)
            if (q > e && at_word(t, n, q, forms[f])) return q + strlen(forms[f]);
        if ((unsigned char)t[q] < 0xE4 || (unsigned char)t[q] > 0xE9) return 0;
        /* (not past a list's or a parent's word: A有限公司及B有限公司,
         * 比亚迪旗下的Y有限公司) */
        if (has_prefix_any(
                t + q, n - q,
                (const char *const[]){"及", "和", "与", "或", "暨", "的", "旗下", "下属", NULL}))
            return 0;
        q += 3;
    }
    return 0;
}

/* The length of the longest of the k defined names that t[i..] starts
 * with, else 0. */
static size_t defined_at(const char *t, size_t n, size_t i, const span *v, size_t k)
{
    size_t best = 0;
    for (size_t d = 0; d < k; d++) {
        size_t l = v[d].e - v[d].s;
        if (l > best && i + l <= n && t[i] == t[v[d].s] && !memcmp(t + i, t + v[d].s, l)) best = l;
    }
    return best;
}

void zd_orgs_find(zd_orgs *o, const char *t, size_t n, zd_mentions *out)
{
    finder f = {o, t, n, NULL, 0, NULL, 0, 0, out, out->n, NULL, 0, NULL, 0, 0, {{0, 0, 0}}, 0};
    size_t cc = 0;
    f.nw = n / 64 + 1;
    f.occ = zd_xcalloc(OCC_KINDS * f.nw, sizeof *f.occ);
    find_anded(&f);
    for (size_t i = 0; i < f.nother; i++)
        if (out->v[i].type != ZD_ORG) occupy(&f, out->v[i].start, out->v[i].end, OCC_OTHER);
    /* the short names the article defines (以下简称“深言智元”) */
    span defd[16];
    size_t nd = defined_names(t, n, defd, 16);
    /* 1. the gazetteer, leftmost-longest */
    for (size_t i = 0; i < n;) {
        int32_t org = -1;
        size_t e = longest_at(o, t, n, i, &org);
        /* a short name the article defines is read whole: an alias inside
         * it (智元 in 深言智元) is not the company the alias names */
        size_t dl = defined_at(t, n, i, defd, nd);
        if (dl > (e ? e - i : 0)) {
            i += dl;
            continue;
        }
        /* ... and so is a legal name that goes on past an alias
         * (中国国有企业结构调整基金二期股份有限公司): the name is all of it */
        size_t le = e && (unsigned char)t[e - 3] >= 0xE4 && (unsigned char)t[e - 3] <= 0xE9
                        ? legal_tail(t, n, e)
                        : 0;
        if (le) {
            add_found(&f, i, le);
            i = le;
            continue;
        }
        /* an alias that opens with 国 is no name after a country's first
         * character (国风投 in 美国风投机构) */
        if (e && i >= 3 && at_word(t, n, i, "国") &&
            has_prefix_any(t + i - 3, 3,
                           /* (not 意, 法, 德: 同意国务院, 方法, 道德) */
                           (const char *const[]){"美", "中", "英", "韩", "泰", "俄", "澳", "荷",
                                                 "瑞", "丹", "芬", "奥", "印", "韓", NULL}) &&
            /* (but 其中国投招商 is 其中 + 国投招商) */
            !(i >= 6 && at_word(t, n, i - 3, "中") &&
              has_prefix_any(t + i - 6, 3,
                             (const char *const[]){"其", "之", "集", "途", "当", "空", NULL})))
            e = 0;
        if (e) {
            if (f.nc == cc) {
                cc = cc ? cc * 2 : 32;
                f.claimed = zd_xrealloc(f.claimed, cc * sizeof *f.claimed);
            }
            f.claimed[f.nc++] = (span){i, e, !strcmp(o->orgs[org].kind, "product")};
            occupy(&f, i, e, OCC_CLAIMED);
            if (zd_org_reported(&o->orgs[org])) zd_mentions_add(out, ZD_ORG, i, e);
            i = e;
            continue;
        }
        i++;
        while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
            i++;
    }
    /* 2. discovery, sentence by sentence: legal names where 公司/合伙企业
     * occur, mixed-case Latin names, deal roles in sentences of deals */
    each_match(&f, o->latin, 0, n, latin_name, 0);

    for (size_t lo = 0; lo < n;) {
        static const unsigned char stop[256] = {
            ['\n'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, [0xE3] = 2};
        size_t hi = lo;
        for (; hi < n; hi++) {
            unsigned char sc = stop[(unsigned char)t[hi]];
            if (sc == 1 || (sc == 2 && hi + 3 <= n && memcmp(t + hi, "。", 3) == 0)) break;
        }
        size_t next =
            hi < n ? hi + (t[hi] == '\n' || t[hi] == '!' || t[hi] == '?' || t[hi] == ';' ? 1 : 3)
                   : n;
        if (hi - lo > ZD_ORGS_MAX_SENTENCE) {
            /* a run-on "sentence" (no 。 in megabytes of text): read it in
             * pieces cut at a comma, so that patterns that look ahead to the
             * sentence's end cost its piece, not the whole run, per start */
            size_t cut = lo + ZD_ORGS_MAX_SENTENCE;
            while (cut > lo + ZD_ORGS_MAX_SENTENCE / 2 && t[cut - 1] != ',')
                cut--;
            if (t[cut - 1] != ',') cut = lo + ZD_ORGS_MAX_SENTENCE;
            while (cut > lo && ((unsigned char)t[cut] & 0xC0) == 0x80)
                cut--;
            hi = next = cut;
        }
        if (hi > lo) {
            uint64_t m = wordset_scan(o->words, t, lo, hi);
            if (m & ZD_LEGAL_BIT) each_match(&f, o->legal, lo, hi, candidate, 1);
            if (m & ~ZD_LEGAL_BIT) roles_in(&f, lo, hi, m);
        }
        lo = next;
    }
    /* 2b. X(Latin name): the bracketed name is the organization's other
     * name (智衍科技(Nexwise)), found so that step 3 finds it again */
    for (int pass = 0; pass < 2; pass++) {
        const span *v = pass ? f.found : f.claimed;
        size_t nv = pass ? f.nf : f.nc;
        for (size_t i = 0; i < nv; i++) {
            size_t e = v[i].e;
            if (e + 3 >= n || t[e] != '(' || !isupper((unsigned char)t[e + 1])) continue;
            size_t q = e + 1;
            while (q < n && q < e + 32 &&
                   (isalnum((unsigned char)t[q]) || t[q] == ' ' || t[q] == '.' || t[q] == '&' ||
                    t[q] == '-'))
                q++;
            if (q < n && t[q] == ')' && q - e - 1 >= 3 &&
                !occupied(&f, e + 1, q, OCC_CLAIMED | OCC_FOUND | OCC_OTHER)) {
                add_found(&f, e + 1, q);
                v = pass ? f.found : f.claimed; /* add_found may move f.found */
            }
        }
    }
    /* 3. a name found once is a name wherever the article repeats it */
    repeats(&f);
    /* 4. the stem of a name the article introduced with its industry word:
     * 衡宇智能 … 衡宇完成了1.5亿美元的C轮融资 (normalize names it 衡宇智能) */
    /* one memmem over the text per stem: bounded to article-sized inputs
     * (a page of thousands of names gets no stems rather than a scan of
     * its length times their number) */
    size_t nf = f.nf <= 64 && n <= (1u << 20) ? f.nf : 0;
    for (size_t i = 0; i < nf; i++) {
        size_t s = f.found[i].s, e = f.found[i].e, l = zd_org_industry_suffix(t + s, e - s);
        size_t stem = l && l < e - s ? e - s - l : 0;
        /* two to four Han characters, nothing else */
        if (stem != 6 && stem != 9 && stem != 12) continue;
        int han = 1;
        for (size_t q = s; q < s + stem; q += 3)
            han &= (unsigned char)t[q] >= 0xE3;
        if (!han) continue;
        /* (a four-character stem, and its first two, its brand (嶼程 of
         * 嶼程冷鏈科技), only where a word that follows a subject or an
         * object ends it: 血管介入 of 血管介入手术) */
        stem_names(&f, t + s, stem, stem == 12);
        if (stem == 12) stem_names(&f, t + s, 6, 1);
    }
    free(f.claimed);
    free(f.found);
    free(f.fh);
    free(f.occ);
}
