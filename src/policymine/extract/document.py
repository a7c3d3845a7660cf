""":mod:`policymine.extract.document`: an official document's identity, read from its page.

A notice, opinion, measure or plan says who issued it and when in a few fixed places, each
with its own grammar:

- the **title block** above the text: the title (``某市人民政府关于印发《某某办法》的通知``,
  sometimes broken over two lines), the document number (``某政发〔2024〕12号``,
  ``某市人民政府令第5号``, ``某局公告2016年第6号``) and the salutation (``各县（市、区）人民政府：``);
- the **disclosure table** of a government portal or a law database (``索引号``, ``发文机关``,
  ``发文字号``, ``成文日期``, ``发布日期``, ``实施日期`` …; the labels are data,
  ``data/doc_fields.tsv``), as ``label: value``, as table cells (``文号 | 成文日期: | 2025年…``)
  or with the value on the next line;
- the **signature block**: the issuing bodies, one a line (or several on one line), over the
  date (``二〇二四年三月七日``; written with letter O or digit 0 too);
- the **closing clauses**: ``自2024年1月1日起施行``, ``自印发之日起施行``.

The form of the document (``doc_type``) is the last word of its title, from the lexicon
``data/doc_types.tsv``; a notice that issues, forwards or approves another document
(``关于印发《…办法》的通知``) has ``doc_type`` 通知 and ``issued_type`` 办法. ``level`` and
``region`` come from the lead issuer's name through the gazetteer ``data/places.tsv``.

A page is taken for an official document when its title names a form and something else
says it is one (a number, a disclosure table, a signature, a salutation, a title of the
``关于…的`` shape or the page's own headline free of news verbs), or when it has a document
number or an issuer's signature over a date. Other pages get the empty fields.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter

from .. import resources
from ..compiled import re
from ..lang import HAN
from ..record import DOCUMENT_FIELDS

__all__ = ["DOCUMENT_FIELDS", "empty_document", "document_meta", "doc_type_of", "issued_type_of",
           "find_doc_number", "read_fields", "signature", "issuer_place", "effective_clause"]


_H = f"[{HAN}]"
_CN = "〇○零一二三四五六七八九"
# a signature's day as a pattern's fragment, in digits or in numerals (2024年3月7日, 二〇二四年三月七日,
# 二OO三年十月二十日), without spaces
_DAY_CN = (rf"[{_CN}][{_CN}OoＯ0]{{3}}年(?:十[一二]?|[一二三四五六七八九])月"
           r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])日")
_SIGN_DAY = r"(?:(?:19|20)\d\d年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日|" + _DAY_CN + ")"
# the same with spaces between its parts (2024 年 3 月 7 日), as notes and clauses are written
_DAY_SP = r"(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|" + _DAY_CN + ")"
# the head of an issuing body's name (政府, 办公厅, 委员会, 局 …): data/doc_heads.txt, in its order
_HEADS = "(?:" + "|".join(line.strip() for _, line in resources.data_lines("doc_heads.txt")) + ")"
RE_ISSUER = re.compile(rf"[{HAN}（）()]{{2,30}}?{_HEADS}")
# (a campaign's name in quotes inside a body's: 某市某某“三大战役”领导小组办公室, 某县应对“某某”疫情防控工作指挥部)
RE_ISSUER_FULL = re.compile(rf"(?:[{HAN}（）()]|“[{HAN}]{{2,12}}”){{1,30}}{_HEADS}")
# a document number: 某政发〔2024〕12号 (any bracket), 某令第5号, 某局公告2016年第6号
RE_DOC_NUMBER = re.compile(
    rf"{_H}{{1,15}}(?:[〔\[［(（【﹝]\s*(?:19|20)\d\d\s*[〕\]］)）】﹞]\s*第?\s*\d{{1,5}}\s*号"
    r"|(?:令|公告|通告)\s*(?:(?:19|20)\d\d\s*年\s*(?:度\s*)?)?第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*号"
    r"|令\s*[(（]\s*(?:[一二三四五六七八九十]{1,3}届\s*)?第\s*\d{1,5}\s*号\s*[)）]"
    # Taiwan's: the body's word, the year, 字第 and a serial of five digits or more (交邮88字第06485号)
    r"|(?:\d{2,3})?字第\s*\d{5,14}[A-Z]?\s*号"
    # a paper of a SAR's legislature, numbered within its session: 立法会CB(2)1527/98-99号(文件),
    # 立法会PWSC83/98-99号, 临立会154/96-97号
    r"|(?<=[会局])\s*(?:文件\s*)?(?:[A-Z]{1,5}(?:\(\d\))?)?\s*\d{1,5}/\d\d-\d\d\s*号)"
)
# an announcement's serial within its year, alone on its line under the form or the title, maybe in
# brackets (国家某某局 / 公 告 / 2031年第34号; 关于…的通告 / (2031年第1号))
RE_YEAR_SERIAL_LINE = re.compile(r"[(（]?\s*(?P<n>(?:19|20)\d\d\s*年\s*(?:度\s*)?第\s*\d{1,5}\s*号)\s*[)）]?")
# a number alone on its line with its word lost (an announcement's 〔2021〕第2号 under its body's name) or
# its 号 lost at the line's end (某政办〔2012〕22)
RE_BARE_NUMBER_LINE = re.compile(rf"[〔［\[﹝]\s*(?:19|20)\d\d\s*[〕］\]﹞]\s*第\s*\d{{1,5}}\s*号|{_H}{{1,15}}[〔［\[﹝]\s*(?:19|20)\d\d\s*[〕］\]﹞]\s*\d{{1,5}}")
# (or opening the title's line, the title right after it: 〔2022〕第39号某县人民政府征收土地预公告)
RE_BARE_NUMBER_LEAD = re.compile(rf"[〔［\[﹝]\s*(?:19|20)\d\d\s*[〕］\]﹞]\s*第\s*\d{{1,5}}\s*号(?={_H})")
# a serial of a command's or a committee's own notices alone on its line, in brackets ((县疫情防控指挥部第1号))
RE_COMMAND_SERIAL = re.compile(rf"[(（]\s*({_H}{{2,20}}?(?:指挥部|委员会|领导小组|办公室)第\s*\d{{1,4}}\s*号)\s*[)）]")
# a court's ruling numbered in its series, as a labelled number gives it (an interpretation of the
# Judicial Yuan's justices 释字第150号, a judgment of the Constitutional Court 111年宪判字第8号)
RE_RULING_NUMBER = re.compile(r"(?:\d{2,3}\s*年度?\s*)?(?:释|宪判|宪裁)字第\s*\d{1,4}\s*号")
# an act of the Macau SAR, numbered within its year and named by its number: 第98/2000号行政长官批示,
# 第57/2016号行政命令, 第7/2023号行政长官公告, 第26/2024号法律 (the issuing office between the number
# and the form)
# (行政命令, an executive order: its 行政 is the form's word, no body's name)
RE_SAR_NUMBER = re.compile(rf"(?:全体会议)?第\s*\d{{1,4}}\s*/\s*(?:(?:19|20)\d\d|\d\d/M)\s*号(?P<org>{_H}{{0,16}}?)(?P<ce>行政(?=命令))?(?P<form>批示|命令|公告|通告|行政法规|法律|决议|议决|法令|训令)")
# (Macau's acts before 1999 are numbered in their year and M, 第51/94/M号法令, and made by the Governor:
# 总督根据《澳门组织章程》…命令制定…)
RE_GOVERNOR_ENACTS = re.compile(r"^总督(?:根据|按照|行使)")
# a circular of a SAR's bureau or department, named by its serial within the year (某某局通告第3/2024号,
# 某某署通函第12/2023号): the body, the form, the number
RE_SAR_SERIAL = re.compile(rf"(?P<org>{_H}{{2,12}}?(?:局|署|处|部|委员会|办公室))(?P<form>通告|通函|公告|通知)第\s*\d{{1,4}}\s*/\s*(?:19|20)\d\d\s*号")
# the signature of an office that issues acts itself (行政长官 某某, 某某司司长 某某)
RE_OFFICE_SIGN = re.compile(rf"^(?P<office>行政长官|{_H}{{2,10}}司司长)\s+{_H}{{2,4}}$")
# the signature of an office holder of a SAR who acts by the powers a law gives the office: 行政长官 某某,
# 某某司司长 某某, 某某署署长某某 (署理: acting, a status, not part of the office)
RE_HOLDER_SIGN = re.compile(rf"^(?:署理|代理)?(?P<office>行政长官|{_H}{{2,10}}?司司长|{_H}{{2,10}}?(?:署署长|处处长|局局长))\s*{_H}{{2,4}}$")
# an act's enacting clause: the office or body, the powers it uses, the act it makes
# (某某司司长行使《…基本法》第某条赋予的职权,…作出本批示; 立法会根据《…》第七十一条(一)项,制定本法律)
RE_ENACTING = re.compile(rf"^(?P<org>{_H}{{2,12}}?)(?:行使|根据)(?:《|经第)[^。]{{0,200}}?(?:(?:制定|作出|发布)(?:本(?P<form>批示|法律|行政法规|命令|公告|通告)|如下(?P<f2>决议)[:：])|通过本(?P<f2b>决议)|(?P<f2c>议决)如下[:：])")  # (…规定,议决如下: a resolution)
# a Hong Kong ordinance's enacting formula, on its own line under the long title (由立法会制定。)
RE_ENACTED_BY = re.compile(r"由(?P<org>(?:临时)?立法会)制定[。.]?")
# the sentence of a power's exercise by its holder (本人现行使《…规例》…所赋予的权力)
RE_POWERS = re.compile(r"行使[^。]{0,120}?(?:赋予的|条的)(?:职权|权力)")  # (总监已行使该规例第16(1)条的权力)
# an office that signs without its holder's name, under its date (某某管理局总监 / 2008年7月11日, 日 lost)
RE_OFFICE_ALONE = re.compile(rf"^(?:署理|代理)?(?P<office>{_H}{{2,20}}?(?:总监|署长|处长|局长|司长|专员))$")
RE_FOOT_DATE = re.compile(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?$")
# a notice's heading of the provision it is given under (根据第16(1)条发出的公告): its own form
RE_GIVEN_UNDER = re.compile(r"^[(（]\s*根据.{0,40}?发出的(?P<form>公告|通告|命令|布告)\s*[)）]$")
# the day an order runs from (下令由2019年5月26日上午8时起; 下令由20251129日起, 年 月 lost)
RE_ORDER_FROM = re.compile(
    r"(?:下令|的(?:职权|权力)\s*[,，]?\s*)(?:由|自)\s*(?P<d>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?P<g>(?:19|20)\d{4,6})\s*日)"
    r"\s*(?:(?:[上下]午|晚上|早上|凌晨|中午)\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?\s*(?:起|至)")  # (由…至…期间: a period)
# a law's promulgation and its printing in the gazette, in a repost's note (行政长官某某于2024年12月18日
# 发布本法律,并于2025年1月6日刊登于《…公报》)
RE_PROMULGATED = re.compile(r"于\s*(?P<d>" + _DAY_SP + r")\s*(?:发布|公布|颁布|签署)本(?:法律|行政法规|条例|法)")
# a consolidated text's note of a law's passing and promulgation by the head of the region
# (《第N/YYYY号法律》经立法会于…通过,行政长官某某于1999年12月20日签署并发布,并于…刊登于《…公报》)
# (an administrative regulation's note: 经行政长官某某于2031年9月7日制定,并于…刊登于《…公报》)
RE_HEAD_PROMULGATED = re.compile(rf"行政长官\s*{_H}{{2,4}}\s*于\s*(?P<d>{_DAY_SP})\s*(?:签{_H}并|签{_H}及)?(?:发布|公布|颁布|制定)")
RE_GAZETTED = re.compile(r"于\s*(?P<d>" + _DAY_SP + r")\s*刊登于\s*《[^》]{0,30}公报》")
# a law database of a government (某市政府主管法规共用系统, 某县法规查询系统): that government's rules
RE_RULES_DATABASE = re.compile(rf"^(?P<org>{_H}{{2,10}}?政府)(?:主管)?法规{_H}{{0,6}}系统$")
# a number that names an attachment's file (某财科教[2021]124号附件1:…明细表.xls): the document's own
RE_ATTACHMENT_NUMBER = re.compile(r"(?P<n>" + RE_DOC_NUMBER.pattern + r")\s*附件\s*\d")
# a headline's column label before a bar (政务服务丨某市人民政府关于…的意见)
# a title's verb of carrying out another body's document, and that body (贯彻国务院, 贯彻落实省委)
RE_CARRIES_OUT = re.compile(rf"(?<={_H})(?:贯彻落实|贯彻|落实|执行)(?:{_H}{{2,20}})$")
# (or the body whose document it forwards, after its own head: 某市人民政府办公厅转发某某办公室关于…的通知)
RE_FORWARDS_AFTER_HEAD = re.compile(rf"(?P<org>{_H}{{2,30}}?{_HEADS})(?:转发|批转)(?:{_H}|、){{2,40}}$")
# a tag before a title's issuing body: a forum's or portal's board ([某省], 【某市】), or the place a
# site files the page under, in brackets ((某市)某市人民政府关于…)
RE_LEAD_TAG = re.compile(rf"^(?:[\[【［][^\]】］]{{1,8}}[\]】］]|[(（]{_H}{{1,10}}?(?:省|市|县|区|州|旗|盟)[)）])\s*")
RE_COLUMN_LABEL = re.compile(rf"^{_H}{{2,8}}\s*[丨｜|]\s*(?={_H})")
# a line that only holds a date (a signature's, or an order's), bracketed or not
# a day written in full, its year in digits or numerals (2024年3月7日, 二〇二四年三月七日)
_DAY = rf"(?:(?:19|20)\d\d|[{_CN}]{{4}})\s*年\s*[\d一二三四五六七八九十]{{1,3}}\s*月\s*[\d一二三四五六七八九十]{{1,3}}\s*日"
# (a day on the line of the note of its disclosure, its brackets lost: 此件公开发布 2031年1月30日)
RE_DATE_ONLY = re.compile(
    rf"\s*(?:此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)\s*)?[(（]?\s*{_DAY}\s*[)）]?\s*(?:发布|公布|印发|签发)?\s*[。.]?\s*"
)
RE_LOOSE_DATE = re.compile(r"\W{0,2}\s*(?P<y>(?:19|20)\d\d)\s+(?P<m>1[0-2]|0?[1-9])\s+(?P<d>3[01]|[12]\d|0?[1-9])\s*\W{0,2}")
# (its time as a clock or in words, 10:36 or 10时36分; a counter's label glued after it, 10时36分浏览次数:)
# (a day written out is a posting stamp with its clock only: a day alone under a title is the day it was signed)
RE_POSTED = re.compile(r"(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?|\s*\d{1,2}时\d{1,2}分(?:\d{1,2}秒)?)?"
                       r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?)"
                       r"(?:\s*(?:作者|文章来源|信息来源|来源|编辑|责任编辑|浏览|点击|阅读)[:：]?\s*\S{0,12})*(?:\s+(?:转载|原创))?")
RE_NOTE = re.compile(r"[(（][^()（）]{2,12}[)）]")  # (此件公开发布), (此件不公开)
RE_CN_YEAR_LOOSE = re.compile(rf"[{_CN}OoＯ0]{{4}}(?=\s*年)")
# a salutation: the addressees of a notice (各县（市、区）人民政府，市政府各部门：)
RE_SALUTATION = re.compile(r"^(?:各|省|市|县|区|国务院|中央|有关|全(?:省|市|县|区|旗|乡|镇)|.{0,20}(?:人民政府|各部门|各单位|直属机构|有关部门|有关单位)).{0,80}[:：]$"
                           # (or the public a notice addresses: 尊敬的某镇居民:, 广大市民朋友:, 各位村民:)
                           r"|^(?:尊敬的|亲爱的|广大|各位|全体)[^:：,，。]{0,16}?(?:居民|市民|村民|群众|朋友|乡亲|同胞|游客|业主|家长)[们]?(?:朋友们?)?\s*[:：]$")
# news: a headline that reports on a document rather than being one
# a page that gathers documents or models of them: its title ends in 汇编, 合集, 大全, 范文 or 模板 (and a count, (10篇)),
# or in the count alone (某某通告(八篇))
RE_COMPILATION = re.compile(r"(?:(?:汇编|合集|大全|范文|模板|范本)(?:[(（][\d一二三四五六七八九十百]+篇[)）])?|[(（][\d一二三四五六七八九十百]+篇[)）])$")
# (and a headline's people in the plural, 委员们, 代表们: news of them, no document's title)
RE_NEWS_VERB = re.compile(r"出台|印发|发布|公布|推出|召开|举行|部署|解读|答记者问|问答|图解|一图读懂|专家|记者|日电"
                          r"|(?:委员|代表|干部|群众|居民|市民|同志)们")
# an attachment's line naming one document by its title (附件:某局关于…的通知, its file's name maybe after it)
RE_ATTACHED_SELF = re.compile(r"^附件\s*\d*\s*[:：]\s*(?P<t>[^\s:：。]{6,120}?)(?:\.(?:docx?|pdf|wps))?$")
# the end of a notice's title that issues or publishes (…《某某办法》的通知, …名单的通知): no news headline's end
RE_NOTICE_OF_ISSUING = re.compile(r"的(?:通知|决定)$")
RE_ISSUING_VERB = re.compile(r"(?:印发|转发|批转|发布|颁布|公布|下发|下达)")
RE_REPRODUCES_35 = re.compile(r"转载")  # (round 35) a notice's verb of forwarding by reproducing (关于转载…的通知)
# (or square ones: a report's speaker after its title, 某某施政报告[某市长某某])
RE_TRAILING_BRACKET = re.compile(r"\s*(?:[(（]{1,2}[^()（）]{1,24}[)）]{1,2}|[\[［][^\[\]［］]{1,24}[\]］])\s*$")
RE_PAGE_TAIL = re.compile(r"\s*[\[［(（【]?\s*第\s*\d{1,3}\s*页\s*[\]］)）】]?\s*$")
RE_YEAR_TAG = re.compile(r"(?<=\S)\s+(?:19|20)\d\d\s*$")  # a portal's year tag after a title (…统计公报 2022)
RE_ENACT_DATE = re.compile(
    r"自\s*(?P<d>" + _DAY + r")\s*(?:零时)?起\s*(?:正式)?(?:施行|实施|执行|生效|产生效力)(?!以来)"
)
# an act that starts on a day (核准…预算,并于2004年1月1日起开始执行)
RE_STARTS_ON = re.compile(
    r"[并且]于\s*(?P<d>" + _DAY + r")\s*起\s*开始(?:施行|实施|执行|生效)"
)
# in force from the day after its publication (本行政命令自公布翌日起生效)
RE_DAY_AFTER = re.compile(r"自\s*(?:公布|公告|刊登|发布)(?:之日)?翌日起\s*(?:施行|实施|执行|生效|产生效力)")
# a closing clause of Taiwan's, dated in its calendar (并自112年5月31日生效; 自即日起施行 gives none)
# a date of Taiwan's calendar in digits (113-05-03, 113/5/3): a three-digit year, 100 (2011) to 150,
# which no date of the common era is written with
RE_ROC_NUMERIC = re.compile(r"(?P<y>1[0-4]\d|150)\s*[-/.]\s*(?P<m>1[0-2]|0?[1-9])\s*[-/.]\s*(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)")
# a heading line of a body and the form it issues, alone on its line (某市政府　公告, 某部　函)
RE_FORM_HEADING = re.compile(rf"^(?P<org>[{HAN}（）()]{{2,30}}?{_HEADS})[ \u3000]*(?:公告|通告|函)$")
RE_ENACT_ROC = re.compile(r"自\s*(?P<d>(?:(?:中华)?民国)?\s*(?:\d{2,3}|[一二三四五六七八九十百零〇]{1,6})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
                          r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)\s*(?:零时|0时)?\s*起?\s*(?:施行|实施|生效)")
# (round 33) a closing clause putting it in force the same day (本通告自即日起实施)
RE_ENACT_TODAY_33 = re.compile(r"本(?:通告|公告|通知|办法|规定|决定|细则|措施)自即日起\s*(?:正式)?(?:施行|实施|执行|生效)")
RE_ENACT_ON_ISSUE = re.compile(r"自\s*(?:印发|发布|公布|颁布|签发|下发|发文|公告|批准)(?:之日起|日起?)\s*(?:正式)?(?:施行|实施|执行|生效|实行(?=[,，。;；]|$))")
RE_ADOPTED = re.compile(
    r"^(?:【题注】)?\s*[(（]\s*(?:(?:19|20)\d\d|[" + _CN + r"]{4})\s*年[^()（）]{2,200}(?:通过|批准|修正|修订|公布)[^()（）]{0,40}[)）]\s*$"
)
# a sentence that dates the adoption of a law: 2018年3月20日,第十三届全国人大一次会议表决通过了《…》
RE_ADOPTION = re.compile(
    r"(?P<d>" + _DAY_SP + r")[,，]?\s*(?:在)?(?:第[一二三四五六七八九十]+届)?"
    r"(?P<org>[^,，。;；《》]{2,24}?)第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:上)?(?:表决|审议)?通过(?:了)?《(?P<t>[^》]{2,60})》"
)
RE_PRESENTER = re.compile(
    # (or a court's, a procuratorate's, a standing committee's: 某区人民检察院代理检察长 某某)
    rf"^(?P<org>{_H}{{2,30}}?(?:人民政府|政府|人民法院|人民检察院|常务委员会|人大常委会))(?:代理|代|常务|副)?(?:省长|市长|县长|区长|旗长|州长|主席|总理|院长|检察长|主任|委员长)\s*{_H}(?:\s?{_H}){{1,3}}$"  # (the name maybe spaced: 周 某)
)
# a report's presenter who heads a department (某县审计局局长 某某, 州财政局局长 某某)
RE_DEPT_PRESENTER = re.compile(rf"^(?P<org>{_H}{{2,30}}?(?:局|厅|委员会|办公室))(?:代理|代|常务|副)?(?:局长|厅长|主任)\s*{_H}(?:\s?{_H}){{1,3}}$")
# a work report's presenter named by the place's head alone (某省代省长 某某), the report spoken for
# the place's government (我代表省人民政府)
RE_HEAD_PRESENTER = re.compile(
    # (the name maybe spaced out: 某市代市长 某 某)
    rf"^(?P<place>{_H}{{2,10}}?(?:自治区|省|市|县|区|旗|州))(?:代理|代|常务)?(?P<rank>省长|市长|县长|区长|旗长|州长|主席)\s*{_H}(?:\s?{_H}){{1,3}}$"
)
RE_SPEAKS_FOR = re.compile(r"我代表(?:省|市|县|区|州|旗|自治区|自治州|自治县)?(?:人民)?政府")
# a notice kept as a record of fields, a bureau's traffic notices (通告 编号 : 1187/2019 / 日 期 : 2019-05-22 …
# 开始 日期 : 2019-05-23): its form, number, date and day the measure starts
RE_NOTICE_RECORD = re.compile(r"^[|｜\s]*(?P<f>通告|公告|通知)[|｜\s]*编\s*号\s*[:：][|｜\s]*(?P<n>\d{1,6}/(?:19|20)\d\d)[|｜\s]*$")
RE_RECORD_DATE = re.compile(r"^[|｜\s]*(?:日[|｜\s]*)?期\s*[:：][|｜\s]*(?P<d>(?:19|20)\d\d-\d{1,2}-\d{1,2})[|｜\s]*$")
RE_RECORD_START = re.compile(r"^[|｜\s]*开\s*始[|｜\s]*日\s*期\s*[:：][|｜\s]*(?P<d>(?:19|20)\d\d-\d{1,2}-\d{1,2})[|｜\s]*$")
RE_TEXT_OPENING = re.compile(r"(?:现|特)(?:通告|公告|通知|规定|决定)如下\s*[:：]\s*$")
RE_ADOPTED_NOTE = re.compile(r"\s*[(（][^()（）]{2,40}?(?:会议|人大)[^()（）]{0,12}?(?:审议)?(?:通过|批准)\s*[)）]\s*")
# a work report's opening (…向大会报告政府工作), and its title naming the place (某市2021年政府工作报告)
RE_REPORTS_TO = re.compile(r"向(?:大会|本次会议)报告(?:政府)?工作")
# (or that hands itself to the session: 现将…计划草案的报告提交大会审议)
RE_SUBMITS_REPORT = re.compile(r"的报告[,，]?\s*(?:提交|提请)(?:大会|本次会议|会议)(?:审议|审查)")
RE_REPORT_TITLE = re.compile(rf"^(?P<place>{_H}{{2,10}}?(?:自治区|省|市|县|区|旗|州))(?:(?:19|20)\d\d年度?)?政府工作报告$")
# a work report's title naming its government, after a site's bracketed label and the year of work
# ((某省)2020年某县人民政府工作报告): that government reports
RE_REPORT_GOV_TITLE = re.compile(rf"^(?:[(（]{_H}{{2,8}}[)）])?(?:(?:19|20)\d\d年度?)?(?P<org>{_H}{{2,10}}?(?:自治区|自治州|自治县|省|市|县|区|旗|州|盟)人民政府)(?:(?:19|20)\d\d年度?)?工作报告$")
# a news headline on a report given (某市第十四届人大三次会议开幕 某某作政府工作报告): no title of the report
# (or its headline's last piece, the head who gives it: 某某作政府工作报告)
RE_REPORT_NEWS = re.compile(r"(?:开幕|召开|举行|会议)[\s,，]*\S{0,8}?(?:作|做)了?政府工作报告$|^[\u4e00-\u9fff]{2,3}(?:作|做)了?政府工作报告$")
# a site's posting stamp on a line of its own, its name, the time to the second, its column (某某网 2021-07-23 10:38:42 政府报告)
RE_SITE_STAMP = re.compile(rf"{_H}{{1,8}}\s*(?P<d>(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}\s+\d{{1,2}}:\d{{2}}:\d{{2}})(?:\s*{_H}{{1,8}})?")
# a posting line of the time and the posting body alone (2023-01-05 10:00 某区人民政府办公室)
# a portal's posting day (2022年06月08日, 2022-06-08) and its clock time (10:00, 10:38:42), as fragments
_POSTED_DAY = r"(?:19|20)\d\d(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2})"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
_POSTED_BY = rf"\s+(?P<org>{_H}{{2,30}}?{_HEADS})\s*$"
RE_TIMED_PUBLISHER = re.compile(rf"^\s*(?P<d>{_POSTED_DAY}\s*{_CLOCK}){_POSTED_BY}")
# the day an issue of a gazette came out, on a line of its own (1996年03月15日出版)
RE_DAY_PUBLISHED = re.compile(rf"(?P<d>{_POSTED_DAY})\s*出版")
# (or the body first, then the day in figures: 某县人民政府 2019-08-13)
RE_PUBLISHER_DAY = re.compile(rf"(?P<org>{_H}{{2,30}}?{_HEADS})\s+(?P<d>(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}(?:\s+{_CLOCK})?)")
# (right under a title that names its form, the clock may be left out: 2010-05-27 某县统计局)
RE_DAY_PUBLISHER = re.compile(rf"^\s*(?P<d>{_POSTED_DAY}(?:\s*{_CLOCK})?){_POSTED_BY}")
# a statistical bulletin's title naming its body after the year, then what it reports on (2022年某县
# 人民政府…统计公报, 2022年某市统计局统计公报)
RE_BULLETIN_BODY_TITLE = re.compile(rf"^(?:19|20)\d\d年度?(?P<org>{_H}{{2,24}}?(?:人民政府|政府|统计局))(?:(?:19|20)\d\d年度?)?{_H}{{0,12}}?统计公报$")
# a forwarding notice's title line ending with the bodies whose document it forwards (…转发某厅等部门)
RE_FORWARDED_BODIES = re.compile(rf"(?:转发|批转)(?:{_H}|、){{2,60}}?(?:{_HEADS}|等部门|等单位)$")
# a government's order titled by its name and subject (2022某县人民政府森林防火封山令, 某市人民政府禁火令):
# 令 is no form of the lexicon (it ends too many names), but after a government and a short subject it is
RE_GOV_ORDER_TITLE = re.compile(rf"^(?:(?:19|20)\d\d年?)?(?P<org>{_H}{{2,24}}?(?:人民政府|政府))(?P<subj>{_H}{{2,10}}?)令$")
# a body's announcement titled by its name, form and serial (某县某某工作指挥部通告第14号, 某局公告第3号)
RE_BODY_SERIAL_TITLE = re.compile(rf"(?P<org>{_H}{{2,40}}?{_HEADS})(?P<form>通告|公告)(?:第\d{{1,4}}号|[(（]第\d{{1,4}}号[)）])")
# an order titled by its serial in its year and its kind (2031年1号林长令, 2031年第2号总河长令, 第3号禁火令; a
# headquarters' 2号令 under its name)
RE_SERIAL_ORDER_TITLE = re.compile(rf"^(?:(?:19|20)\d\d年度?)?第?\d{{1,3}}号{_H}{{0,4}}令$")
# a day of Taiwan's official calendar written in digits (民国88年07月20日)
RE_ROC_DAY = re.compile(r"(?:中华)?民国\s*(?:\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}|[一二三四五六七八九十百零〇]{2,6}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3})\s*日")

# (rounds 27 and 29) a Macau regulation enacted under a qualifier of its form (制定本独立行政法规,
# 制定本补充性行政法规: the SAR's kinds of 行政法规)
RE_ENACTING_KIND = re.compile(rf"^(?P<org>{_H}{{2,12}}?)(?:行使|根据)《[^。]{{0,160}}?(?:制定|作出|发布)本(?:独立|补充性)(?P<form>行政法规)")
# an address to a legislature, opening with its salutation of the chair (主席阁下, / 各位议员: ; 主席女士:)
# (or a council's: 议长、副议长、各位议员女士、先生:)
RE_CHAIR_SALUTATION = re.compile(r"^(?:主席(?:阁下|女士|先生)?\s*[,，:：]\s*(?:各位议员\s*[:：])?|议长\s*[、,，]\s*(?:副议长\s*[、,，]\s*)?各位议员[^:：]{0,8}[:：])$")
# a policy address's section: the report's title, a dash, the section's heading (某年施政报告—前言)
RE_SECTION_TITLE = re.compile(r"^(?P<t>[^—–─]{4,60}?)\s*(?:——|—|–|─+)\s*(?P<s>\S.{0,40})$")
# the speaker of an address speaking for its government (我谨代表某某政府, 我宣读某某政府第五份施政报告)
RE_SPEAKS_AS = re.compile(rf"(?:代表|宣读|提出)(?P<org>{_H}{{2,16}}?政府)(?=[,，、向作第的]|施政报告)")
# a government's short name of a SAR's (特区政府) and the SARs' own short names in a text
RE_SAR_GOVERNMENT = re.compile(r"特区政府")
# a department's release named by its opening sentence: the body, 今日 and its day in brackets, the verb
# (某某处今日(一月十五日)发表…; a wire's 某某今天公布 after its dateline is news, not this)
RE_RELEASE_OPENING = re.compile(rf"^(?P<org>{_H}{{2,20}}?(?:处|署|局|总处|委员会|办公室))今日\s*[(（][^()（）]{{2,12}}[)）]\s*(?:出版|发表|公布|发布)")
# (round 34) its 公告事项 opening with the day the measure runs from (公告事项:自民国九十二年三月一日起,…)
_N34 = "[〇零一二三四五六七八九十百\\d]"
RE_ITEMS_FROM_34 = re.compile(rf"^公告事项[:：](?:一[、.])?自(?P<d>(?:(?:中华)?民国)?{_N34}{{1,4}}年{_N34}{{1,3}}月{_N34}{{1,3}}日)起")
# a Taiwan 公告 in its three parts (主旨: / 依据: / 公告事项:)
RE_SUBJECT_NOTICE_35 = re.compile(r"^主\s*旨\s*[:：]\s*公告(?!期间|事项)")  # (round 35) a 主旨 that announces (主旨:公告某某…)
# (round 35) a news story's dateline: its day and 讯/电, or its reporter in brackets (某报1月2日讯(某报记者 某某))
RE_NEWS_DATELINE_35 = re.compile(r"^\S{0,12}?\d{1,2}月\d{1,2}日(?:讯|电)|^\S{0,20}?[(（][^()（）]{0,16}记者[^()（）]{1,12}[)）]")
RE_GAZETTE_PART_35 = re.compile(r"政府机关通告及公告")  # (round 35) the gazette's part of the bodies' notices (Macau's 第二组)
RE_OWN_NOTICE_35 = re.compile(rf"(?:^|[,，])(?P<org>{_H}{{2,20}}?{_HEADS})现(?:公布|公告|通告)(?:有关)?[^。]{{2,200}}?的(?P<form>通告|公告)[,，:：]")
RE_OWN_PUBLICITY_35 = re.compile(r"现将[^。]{2,40}?予以公示[,，;；]\s*公示期[^。]{0,40}?[。]?[^。]{0,20}?公示期内[^。]{0,20}?(?:如有)?异议")
RE_PUBLICITY_PUT = re.compile(r"(?:予以|现予|进行|同步|现将[^。]{2,60}?)公示[。,，;；][^。]{0,30}?(?:如有|若有|如对[^。]{0,30}?有)异议")
RE_REASONS_35 = re.compile(r"(?:立法|修正|订定)理由\s*[:：]?")  # (round 35) a law database's label of the reasons for the rules
RE_THREE_PART = re.compile(r"^公告事项\s*[:：]")
# the words after an act of a history that repeals its rules (…号令 / 发布废止, …号令废止)
RE_REPEAL_AFTER = re.compile(r"\s*(?:发\s*布\s*)?废\s*止")
# the first item of a preannouncement's 公告事项: the body that enacts, amends or repeals the rules
# (一、订定机关:某部。)
RE_ENACTING_ITEM = re.compile(r"^(?:[一1]\s*[、.．]\s*)?(?:订定|修正|修订|增订|废止|拟订|停止适用)机关\s*[:：]\s*(?P<org>[^\s。,，;；:：]{2,30})\s*。?$")


RE_REPORTED_ON = re.compile(r"(?:施政|工作)?报告时(?:强调|表示|指出|说)|(?:进行|作)(?:口头)?(?:施政|工作)报告时")

# a news lead telling where its news came from (从某厅传来消息, 记者从某局获悉, 据了解): a report of a document, none
RE_NEWS_LEAD = re.compile(r"传来消息|(?:记者|笔者)?从[^。,，]{2,20}?(?:获悉|了解到)|据了解|记者获悉")

# a date inside a would-be name (中华民国一百零二年七月十九日某院, 2020年5月某局): no body's name holds one
RE_DATED_NAME = re.compile(r"(?:\d|[一二三四五六七八九十百零〇○])\s*年\s*(?:\d|[一二三四五六七八九十]){1,3}\s*月")

# an address's note of its occasion: the premier's (院长's) policy report at a session of the Legislative
# Yuan, to which the Executive Yuan reports (《中华民国宪法增修条文》第3条), and its day in Taiwan's calendar
# ([节录自立法院第11届第3会期某院长口头施政报告114年2月25日])
RE_YUAN_REPORT = re.compile(r"立法院第\s*\d{1,2}\s*届第\s*\d{1,2}\s*会期[^\s\]］)）]{0,4}?院长(?:口头|书面)?施政报告\s*"
                            r"(?P<d>\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?")

# a public notice's opening: the public told of a change from a day and hour (市民请注意,由2011年12月23日上午10时起)
RE_NOTICE_FROM = re.compile(r"^(?:市民|公众|居民|各界)(?:人士)?(?:请|敬请)注意[,，:：](?:由|自)(?P<d>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
                            r"(?:(?:[上下]午|晚上|早上|凌晨|中午)\d{1,2}时(?:\d{1,2}分)?)?起")


def _reported_on(lines: list[str]) -> bool:
    """Whether the opening lines tell of a report being given, as news does (某县长3日进行施政报告时强调)."""
    return bool(RE_REPORTED_ON.search("".join(lines)))


def _one_sar(text: str) -> str | None:
    """The one SAR a text names, by its full or short name (澳门特别行政区, 澳门, 本澳), else None."""
    named = {x for x in _SARS if x in text or x[:2] in text or ("本" + x[0]) in text or ("本" + x[1]) in text}  # (本澳, 本港)
    return next(iter(named)) if len(named) == 1 else None


def _placeless_sar(name: str, lines: list[str], page: list[str]) -> str | None:
    """The SAR of a body named without its place: the one the institutions lexicon lists it under
    (read on ``lines``), else the one SAR the ``page``'s lines name; None for neither."""
    return _sar_of_body(name, "\n".join(lines), by_heading=True) or _one_sar(re.sub(r"\s+", "", "\n".join(page)))


def _serial_and_subject(s: str) -> str | None:
    """The serial of a line that opens with a bureau's circular's serial and gives its subject after
    a space (某某局通告第4/2013号 某某学校采购程序): the serial; None for any other line."""
    m = RE_SAR_SERIAL.match(s)
    if not m or not s[m.end() : m.end() + 1].isspace() or len(s) > 60 or re.search(r"[。,，;；:：]", s):
        return None
    return m.group() if re.fullmatch(rf"{_H}[{HAN}、()（）\s]{{1,40}}", s[m.end() :].strip()) else None


def _spoken_of(form: str | None, lines: list[str]) -> bool:
    """Whether the opening lines speak of a document of this form from outside, as a commentary
    or a news report does: 这份报告, 该方案, 报告中提到, 方案指出 (a document names itself 本报告)."""
    if not form:
        return False
    text = "".join(lines)
    f = re.escape(form)
    return bool(re.search(rf"(?:这份|这篇|这项|该|此份)[^。，,；;]{{0,8}}?{f}|{f}中?(?:提到|指出|提出|强调|显示)", text))


def _cn_int(s: str) -> int | None:
    """A whole number in Chinese numerals (一百十二 112, 一百零三 103), as the indicators read them."""
    from .numbers import parse_number

    v = parse_number(s) if s else None
    return int(v) if v is not None and v >= 0 and v == int(v) else None


def _roc_day(s: str) -> str | None:
    """A day of Taiwan's calendar, in digits or in Chinese numerals (中华民国一百十二年十二月二十一日)."""
    from ..layout import find_dates

    s = re.sub(r"\s+", "", s)
    m = re.fullmatch(r"(?:中华)?民国([^年]+)年([^月]+)月([^日]+)日", s)
    if m and not m.group(1).isdigit():
        parts = [p if p.isdigit() else _cn_int(p) for p in m.groups()]
        if None in parts:
            return None
        s = "民国{}年{}月{}日".format(*parts)
    found = find_dates(s)
    return found[0][0] if found else None


@functools.cache
def _roc_act() -> re.Pattern[str]:
    """An act of the government of Taiwan in a regulation's history, by its date, its body and
    its number: 中华民国97年7月9日某县政府某府行法字第0970139828号令修正公布 (总统, 行政院, 某部 …
    令/函; the body left out when the history is its own, 中华民国112年5月31日府秘总字第…号函修正;
    a body under another, 行政院某某局, whole).
    Compiled on first use: its classes of Han characters are slow to compile."""
    return re.compile(
        # (not an act a letter cites in its sentence: 业经某部于中华民国…以某字第…号令修正发布)
        r"(?<![于於])(?P<d>(?:中华)?民国\s*(?:\d{2,3}|[一二三四五六七八九十百零〇]{1,6})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
        r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)\s*"
        r"(?:(?P<org>总统|" + _H + r"{2,20}?(?:政府|院|部|委员会|会|署|局|处)(?:" + _H + r"{1,10}?(?:局|署|处|委员会))?)\s*)?(?:[(（]\s*\d{2,3}\s*[)）]\s*)?"
        # (a serial broken by a stray space or a line break, 第 102 60005250 号)
        # (a word's division numbered in brackets before 字: 交路(一)字第…号)
        # (a word with a digit of its division, 劳人1字第…号, spaced as a database writes it, 劳人 1 字第)
        r"(?P<n>(?!以)" + _H + r"{1,12}(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\s*\d{1,2}\s*(?=字))?字第\s*[0-9一二三四五六七八九〇零](?:\s?[0-9一二三四五六七八九〇零]|(?<=\d)[A-Z](?=\d)){2,13}[A-Z]?\s*号)"
        # a joint act (会衔): the other bodies' names and numbers after the lead's (…号、某部…号令会衔)
        # (each number maybe closed by its form, 某院…号令、某院…号令会同修正发布)
        # (or each body dated apart, …号、10月24日某院…号令会衔)
        r"(?P<joint>(?:\s*(?:令|函)?\s*、\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?" + _H + r"{2,20}?(?:政府|院|部|委员会|会|署|局|处)\s*" + _H + r"{1,12}字第\s*[0-9]{3,14}[A-Z]?\s*号)*)"
        # (the form broken over a line, …号公 / 告…)
        r"\s*(?P<f>令|函|公\s*告)"
    )


# a body named alone as a notice's heading (某某局, 某某基金会, 某某理事会)
RE_HEADING_BODY = re.compile(rf"{_H}{{2,20}}(?:{_HEADS}|基金会|理事会)")
# the signature of a government's head at the foot of its notice (市长某某, 县长 某某: Taiwan's form)
RE_HEAD_SIGN = re.compile(rf"^(?:代理)?(?P<rank>[市县])长\s*{_H}{{2,4}}$")
# a city's or county's government named in a text (某市政府, 某县人民政府, 某市政府某某局)
RE_RANKED_GOV = re.compile(rf"(?=(?P<org>{_H}{{2,4}}?[市县](?:人民)?政府))")  # (at every start: 上传至某市政府…)
# a date line that names the body it was made at: a SAR bureau's notice at its foot (二零二五年二月二十日于
# 某局), the line over an extract's signature (…日于某某局 / 局长 某某)
RE_DATED_AT = re.compile(rf"^(?P<d>{_DAY})\s*于\s*(?P<org>{_H}{{2,30}})$")
# a gazette issue's date at its head (二零二五年二月二十六日,星期三)
RE_ISSUE_DAY = re.compile(rf"^(?P<d>{_DAY})\s*[,，、]?\s*[(（]?星期[一二三四五六日天][)）]?$")
# a site's mask over a name (略), left at the head of a signature line
RE_MASK = re.compile(r"^\s*[(（]\s*略\s*[)）]\s*")
# an order's note under a decision's title: the day and the number it was published with
# (…常务会议审议通过 2004年2月26日某省人民政府令第171号公布 自公布之日起施行)
RE_ORDER_PUBLISHED = re.compile(
    rf"(?P<d>{_DAY_SP})\s*(?P<n>{_H}{{2,20}}?(?:人民政府|政府)令\s*第\s*(?:\d{{1,5}}|[一二三四五六七八九十百零〇]{{1,6}})\s*号"
    # (a ministry's or a bureau's order, its number before 令 or after it: 某某部第55号令, 某某局令第3号)
    rf"|{_H}{{2,20}}?{_HEADS}\s*(?:第\s*\d{{1,5}}\s*号令|令\s*第\s*\d{{1,5}}\s*号))\s*(?:公布|发布)"
)
RE_PRINTED_LINE = re.compile(rf"^(?P<org>{_H}{{2,30}}?{_HEADS})\s*(?P<d>{_DAY_SP})\s*印发$")
RE_ANSWERS_AS = re.compile(r"现(?:将|就)[^。]{0,30}?(?:事项|问题|意见)?(?:批复|通知|通告|公告|函复|答复)如下")
# the mark of a document's issuing body over it, its bodies before 文件 (某省教育厅文件)
RE_FILE_MASTHEAD = re.compile(rf"^(?P<org>{_H}{{2,30}}?{_HEADS}(?:\s+{_H}{{2,30}}?{_HEADS})*)\s*文件$")
RE_MASTHEAD_DATED = re.compile(rf"^(?P<org>{_H}{{2,30}}?{_HEADS})\s*[(（]\s*(?P<d>{_DAY_SP})\s*[)）]")
RE_JOINT_ORG = re.compile(rf"、\s*(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)?(?P<org>{_H}{{2,20}}?(?:政府|院|部|委员会|会|署|局|处))\s*{_H}{{1,12}}字第")
# a closing clause of Taiwan's dated in Chinese numerals without 民国 (并自一百十三年二月一日生效)
RE_ENACT_ROC_CN = re.compile(r"自\s*(?P<d>[一二三四五六七八九十百零〇]{2,6}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*起?\s*(?:施行|实施|生效)")

# an announcement that moves a competence to another body from a day, in Taiwan's calendar
# (…之权责事项,自一百十五年一月一日起改由「某部」管辖): the day the announced change runs from
RE_TRANSFER_FROM = re.compile(r"自\s*(?P<d>(?:(?:中华)?民国)?[一二三四五六七八九十百零〇\d]{2,6}年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日)\s*起\s*"
                              r"(?:改由|移由|移交|改隶)[^。]{1,30}?(?:管辖|主管|办理|承接)")


# a session of a congress, in full or as reports abbreviate it (第十六届人民代表大会第三次会议; 十届人大二次会议)
# (or of a committee, a CPPCC's or a party's: 在政协某市第十四届委员会第一次会议上)
_CONGRESS = (r"(?:第[一二三四五六七八九十\d]+届(?:全国)?人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]+次(?:全体)?会议"
             r"|第?[一二三四五六七八九十\d]+届人大(?:常委会)?第?[一二三四五六七八九十\d]+次(?:全体)?会议"
             r"|第[一二三四五六七八九十\d]+届委员会(?:常务委员会)?第[一二三四五六七八九十\d]+次(?:全体)?会议"
             # (a CPPCC committee's session, its place after its term: 政协第七届某县委员会第五次会议)
             r"|第[一二三四五六七八九十\d]+届" + _H + r"{2,10}?委员会第[一二三四五六七八九十\d]+次(?:全体)?会议)")


@functools.cache
def _occasion() -> re.Pattern[str]:
    """A work report's occasion under its title: (——)2019年3月2日在某县第十六届人民代表大会第三次
    会议上. Compiled on first use."""
    return re.compile(
        # (or its 在 and 上 left out, the day then the session: ——某年某月某日某区第某届人民代表大会第某次会议)
        r"^[—－\-–]*\s*[(（]?\s*(?P<d>" + _DAY + r")?\s*(?:在|(?<=日))(?P<place>" + _H + r"{0,15}?)" + _CONGRESS
        + r"(?:上(?:的(?:工作)?报告)?)?\s*[)）]?$"
    )


@functools.cache
def _run_occasion() -> re.Pattern[str]:
    """A work report's occasion run on one line with its heading and presenter (政 府 工 作 报 告
    2016年12月16日在某县第十六届人民代表大会第一次会议上 县长 某某 各位代表:): dated, searched."""
    return re.compile(
        r"(?P<d>" + _DAY + r")\s*在(?P<place>" + _H + r"{0,15}?)" + _CONGRESS + "上"
    )


# a sitting after the name of the body that holds it (…人大常委会第三次会议)
RE_SITTING_SUFFIX = re.compile(r"第?[一二三四五六七八九十]{1,4}次(?:全体)?会议$")
_PLACE_CHAR = rf"(?:(?!人民政府|政府){_H})"  # a character of a place's name (no government in it)
# (a county's name holds no government: 某市政府都市发展局 is a city's bureau, not a county-level 某都市)
RE_COUNTY = re.compile(rf"^{_PLACE_CHAR}{{1,8}}?(?:自治县|自治旗|县|区|旗)(?=人民政府|政府|{_H}*?{_HEADS}$)")
RE_COUNTY_CITY = re.compile(rf"^{_PLACE_CHAR}{{2,6}}?市(?=人民政府|政府|{_H}*?{_HEADS}$)")
# a line of a Taiwan rule's history that dates an act of a chamber at its meeting, no number nor form
# (中华民国115年3月6日立法院第11届第5会期第三次会议修正通过; 某市议会第14届第3次定期大会通过)
# (the line opens with its date, as a history's lines do, its ordinal before it: 2.中华民国…)
RE_CHAMBER_ACT = re.compile(
    rf"^\s*(?:\d{{1,2}}\s*[.、．]\s*)?(?P<d>(?:中华)?民国\s*\d{{2,3}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*(?P<org>{_H}{{0,8}}?(?:立法院|议会|代表会))\s*"
    r"第\s*\d{1,2}\s*届\s*第\s*\d{1,2}\s*(?:会期|次定期大会|次临时大会)(?:\s*第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议)?"
    r"[^。]{0,12}?(?:通过|修正发布|订定发布|制定发布|修正|订定)")
RE_CONTENTS_HEADING = re.compile(r"\s*(?:目\s*录|目\s*次)\s*")
RE_PLACEHOLDER_PLACE = re.compile(r"(?:[Xx×]{2,}|[Xx×]\s[Xx×]|[*＊]{2,})(?:省|市|县|区|镇|乡|街道|局|委员会)")  # (**县: a 范文's mask too)
# the heading of the first of a collection's pieces: the pieces' title and its number (某某工作报告篇1, …篇一)
RE_FIRST_PIECE = re.compile(r"篇\s*[1一]\s*$")
# (or that heading alone on its line: 第一篇, over a template's text)
RE_FIRST_PIECE_LINE = re.compile(r"\s*第\s*[1一]\s*篇\s*")
RE_MODEL_LABEL = re.compile(r"^[【\[(（]?\s*(?:例文|范文|范例|样文|示例|文例)\s*[一二三四五六七八九十\d]*\s*[】\])）]?\s*[:：]?$")
RE_WHOLE_TEXT = re.compile(r"(?:全文|原文)如下\s*[:：]\s*$")
RE_ANNOUNCED = re.compile(rf"(?P<org>{_H}{{2,20}}?{_HEADS})(?:发布|发出|印发|下发)了?(?P<form>公告|通告|通知|决定|意见)")
# (城乡 is no township: 住房城乡建设部, 某市城乡建设局)
RE_TOWN = re.compile(rf"^{_PLACE_CHAR}{{1,6}}?(?:镇|(?<!城)乡|街道)(?=人民政府|政府|{_H}*?{_HEADS}$)")
# (round 31) a Taiwan body's rules opening with their enacting sentence, the body naming itself
# (某县政府(以下简称本府)为…,特订定本要点), their title, number and date cut from the page
RE_SELF_ENACTED = re.compile(rf"(?:^|(?<=[:：\s]))[一1][、.]\s*(?P<org>{_H}{{2,20}}?(?:政府|{_HEADS}))\s*[(（]以下简称本[府会部院局署处所]\s*[)）]"
                             rf"[^。]{{0,200}}?(?:特|爰)?(?:订定|制定|订)本(?P<form>{_H}{{2,4}}?)[。,，]")
# (round 31) a notice opening by naming itself and its purpose (本通告旨在公布…), its title and
# number cut: its form, its body named only as 本处
RE_OPENS_SELF = re.compile(r"^(?:1[.、]\s*)?本(?P<form>通告|公告|通函|通知)旨在")
# rules whose first article enacts them under the law they rest on, their title lost (本规程依某某条例第十六条
# 规定订定之; 第一条 本准则依某某法制定)
RE_OPENS_ENACTED = re.compile(rf"^(?:第\s*[一1]\s*条\s*)?本(?P<form>{_H}{{2,4}}?)(?:依|依据|根据)[^。]{{2,80}}?(?:订定|制定|订)之?[。,，]")
# (round 31) a headline opening with the form it is: a portal's 公告 ([公告]某某…, 公告修正「某某办法」第五条,
# 公告订定…), a letter forwarding a named act (函转「某某要点」, 函送《…》)
RE_FORM_OPENING_TITLE = re.compile(r"^(?:[【\[［]\s*(?P<f1>公告|通告|公示)\s*[】\]］]\s*(?=\S)"
                                   r"|(?P<f2>公告|公示)(?=订定|修正|废止|停止适用|预告|延长|公布|发布)"
                                   r"|(?P<f3>函)(?:转|送|发)[「“《](?P<t>[^」”》]{2,60})[」”》])")
# (round 31) a portal's publishing body as its label gives it, a department or a township named
# without its head (发布单位: 某某处, 发布单位: 某某乡): the body of a 公告 whose headline names its form
RE_PUBLISHER_LINE = re.compile(rf"^[•·\s]*(?:发布单位|发布机构|发布机关)\s*[:：]\s*(?P<org>{_H}{{1,10}}(?:处|科|乡|镇|所|局|室|署|中心))\s*$")
# (round 31) a report recorded by its presenter: the body, its head's rank between his surname and
# given name (某政府某主席某某, 某院某院长某某), the report he gave, the sitting it was given at in brackets
# (某省政府王主席某某作某年度施政计划报告(中华民国八十五年五月六日第十届…会议))
RE_PRESENTED_REPORT = re.compile(rf"^(?P<org>{_H}{{1,12}}?(?:政府|院))\s*{_H}(?:主席|院长|省长|县长|市长){_H}{{1,2}}\s*(?:作|提出)"
                                 rf"(?P<t>[^(（:：。]{{2,60}}?报告)\s*[(（](?P<d>(?:中华)?民国[^()（）]{{4,16}}?日)[^()（）]{{0,30}}?会议[)）]")
# a report's speaker naming the government it speaks for, before 向大会 (我代表某市人民政府,向大会报告工作)
RE_SPEAKER_BODY = re.compile(rf"我(?:谨)?代表(?P<org>{_H}{{3,30}}?政府)(?=\s*[,，、]?\s*向)")
# a work report's first sentence: its speaker presenting it for the government (现在,我代表某区人民政府,向大会作
# 政府工作报告 / 向大会报告工作)
# a speech's first words before its speaker: the salutation maybe on the same line, 现在 (各位代表:现在,)
_SPEECH_OPENING = rf"(?:{_H}{{0,4}}各位(?:代表|委员)[^:：,，]{{0,10}}[:：,，]\s*)?(?:现在\s*[,，]\s*)?"
RE_SPOKEN_REPORT = re.compile(rf"^{_SPEECH_OPENING}我(?:谨)?代表(?P<org>{_H}{{2,30}}?政府)\s*[,，]?\s*向(?:本次)?(?:大会|会议)\s*"
                              r"(?:作|做)?\s*(?:政府工作报告|报告(?:政府)?工作)")
# a report's day and speaker in brackets over its text ((2003年2月16日 某某))
RE_DATED_SPEAKER = re.compile(rf"[(（]\s*(?P<d>{_DAY})\s*{_H}(?:\s?{_H}){{1,3}}\s*[)）]")
# (or another body's report: a court's, a procuratorate's, a standing committee's, as its speaker names
# the body, after the salutation maybe on the same line: 各位代表:我代表某市中级人民法院向大会报告工作;
# 我向大会报告某区人民法院工作; 我向大会作某市人民检察院工作报告)
_REPORTING_BODY = rf"{_H}{{1,40}}?(?:人民法院|人民检察院|常务委员会|人大常委会)"
RE_SPOKEN_BODY_REPORT = re.compile(
    rf"^{_SPEECH_OPENING}我(?:谨)?(?:代表(?P<org>{_REPORTING_BODY})\s*[,，]?\s*)?"
    rf"向(?:本次)?(?:大会|会议)\s*(?:(?:作|做)\s*(?P<org2>{_REPORTING_BODY})工作报告|报告(?P<org3>{_REPORTING_BODY})?工作)"
    # (or entrusted by it: 我受某某常务委员会的委托,向大会报告…工作)
    rf"|^{_SPEECH_OPENING}我受(?P<org4>{_REPORTING_BODY})的?委托\s*[,，]?\s*向(?:本次)?大会报告")
# (round 31) an act made in the first person by a body's president (…赋予本人之权力; 本人将下列权限授予),
# dated in the body's name over the president's signature (某日于某某市政局 / 主席 某某)
RE_FIRST_PERSON_ACT = re.compile(r"赋予本人之?(?:职权|权力)|本人(?:兹|现)?将(?:权限|权力|职权)?(?:授予|转授)")
RE_CHAIR_SIGN = re.compile(rf"^(?P<office>主席|副主席|{_H}{{0,6}}(?:长|主任))\s+{_H}{{2,4}}$")
RE_NATIONAL = re.compile(r"^(?:中华人民共和国|中共中央|中央|国务院|全国|国家|第[一二三四五六七八九十]{1,3}届全国)")  # (or a session of the national congress: 第十三届全国人民代表大会…)
RE_CENTRAL = re.compile(rf"(?![省市县区州盟旗乡镇村]){_H}{{1,10}}(?:部|委员会|总局|总署|署)")


def empty_document() -> dict:
    """The document fields of a page that is no official document."""
    from ..record import empty_document as empty

    return empty()


# --------------------------------------------------------------------------- #
# lexicons
# --------------------------------------------------------------------------- #


@functools.cache
def _type_rows() -> tuple[tuple[str, ...], ...]:
    return resources.table("doc_types.tsv", 2, 3)


@functools.cache
def _types() -> tuple[str, ...]:
    """Document forms (not laws), longest first."""
    return tuple(sorted((row[0] for row in _type_rows() if row[1] != "law"), key=len, reverse=True))


@functools.cache
def _form_guards() -> dict[str, str]:
    """The characters after which a form (not a law) is no form, from the lexicon's third column
    (名词解释, 免责声明: a site's page, no document)."""
    return {row[0]: row[2] for row in _type_rows() if row[1] != "law" and len(row) > 2 and row[2]}


@functools.cache
def _forms_by_length() -> tuple[tuple[int, frozenset[str]], ...]:
    """The forms of :func:`_types` by their length, longest first: a title's end is looked up, not
    matched against each form in turn."""
    lengths = sorted({len(t) for t in _types()}, reverse=True)
    return tuple((k, frozenset(t for t in _types() if len(t) == k)) for k in lengths)


def _names_form(s: str, form: str) -> bool:
    before = s[-len(form) - 1 : -len(form)] if len(s) > len(form) else ""
    return s.endswith(form) and not (before and before in _form_guards().get(form, ""))


@functools.cache
def _law() -> tuple[re.Pattern[str], str] | None:
    """A law's title: the state's or a place's name, then the law (no 的), and the characters
    after which its form is no form."""
    rows = [row for row in _type_rows() if row[1] == "law"]
    if not rows:
        return None
    places = [full for full, _lv, _s, _p in resources.places()]
    forms = "|".join(re.escape(r[0]) for r in rows)
    opening = resources.word_regex(["中华人民共和国", *places]).pattern
    return re.compile(rf"(?:{opening})[^的\s]{{1,30}}(?:{forms})"), "".join(r[2] for r in rows if len(r) > 2)


@functools.cache
def _field_labels() -> tuple[dict[str, str], re.Pattern[str]]:
    """``label -> field`` of the disclosure tables, and the pattern that finds a label where a
    label can stand (a line's start, after a space, a cell bar or a bullet)."""
    labels = {row[0]: row[1] for row in resources.table("doc_fields.tsv", 2, 2)}
    spaced = {re.sub(r"\s+", "", x): x for x in labels}

    def loose(x: str) -> str:  # a label as written, or with spaces between its characters (日  期)
        return "[ \u3000]*".join(re.escape(c) for c in x) if " " not in x else re.escape(x)

    labels |= {k: labels[v] for k, v in spaced.items() if k not in labels}
    alts = "|".join(loose(x) for x in sorted(labels, key=len, reverse=True))
    specific = "|".join(loose(x) for x in sorted(labels, key=len, reverse=True) if labels[x] != "posted")
    # a label where a label can stand; or a specific one with its colon, glued to the value
    # before it (索引号:…主题分类:…发文机关:国务院成文日期:…, a table flattened to one line)
    # (a law database writes its labels in brackets: 【发布文号】新政发[1994]103号)
    # (or a label with its colon right after an empty one: 浏览量:时间:2018-07-07)
    # (or in square brackets after a list's number: 2. [发文机构] 某市人民政府)
    return labels, re.compile(rf"(?:^|(?<=[\s|｜•·【\[［]))(?P<label>{alts})\s*[】\]］]?\s*[:：]?|(?P<glued>{specific})\s*[:：]"
                              rf"|(?<=[:：])(?P<empty>{alts})\s*[:：]")


@functools.cache
def _places() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """``full name -> (level, parent)`` of the gazetteer, and a pattern of the city names."""
    table = {full: (level, parent) for full, level, _short, parent in resources.places()}
    cities = [n for n, (lv, _p) in table.items() if lv == "city"]
    return table, resources.word_regex(cities)


# --------------------------------------------------------------------------- #
# grammar of each part
# --------------------------------------------------------------------------- #


def _norm_date_text(s: str) -> str:
    """A Chinese-numeral year written with letter O or digit 0 (二OO三年, 二00五年) as 〇."""
    def fix(m: re.Match[str]) -> str:
        y = m.group()
        return re.sub(r"[OoＯ0]", "〇", y) if re.search(f"[{_CN}]", y) else y

    return RE_CN_YEAR_LOOSE.sub(fix, s)


def _first_date(s: str) -> str | None:
    from ..layout import find_dates

    found = find_dates(_norm_date_text(s))
    # (a database's placeholder for an empty date, 1900-1-1, is none)
    return found[0][0] if found and found[0][0] != "1900-01-01" else None


def _loose_date(s: str) -> str | None:
    """A signature's date whose 年 月 日 were lost (a document converted from a word processor): ``2017 6 23``."""
    from ..layout import parse_date

    m = RE_LOOSE_DATE.fullmatch(s)
    return parse_date(f"{m.group('y')}年{m.group('m')}月{m.group('d')}日") if m else None


RE_GLUED_DATE = re.compile(r"\W{0,2}\s*(?P<y>(?:19|20)\d\d)(?P<md>\d{2,4})\s*\W{0,2}")


def _glued_date(s: str) -> str | None:
    """A date line whose 年 月 日 were lost and its digits run together: ``20151214`` (month and day
    of two digits each) or ``202091`` (of one digit each); seven digits where one reading only is a
    day (``2018525``: 5月25日, not 52月5日), none where both are (``2018111``)."""
    from ..layout import parse_date

    m = RE_GLUED_DATE.fullmatch(s)
    if m is None:
        return None
    md = m.group("md")
    if len(md) == 3:
        days = [d for mo, da in ((md[0], md[1:]), (md[:2], md[2])) if not da.startswith("0")
                and 1 <= int(mo) <= 12 and (d := parse_date(f"{m.group('y')}年{int(mo)}月{int(da)}日"))]
        return days[0] if len(days) == 1 else None
    month, day = (md[:2], md[2:]) if len(md) == 4 else (md[0], md[1])
    return parse_date(f"{m.group('y')}年{int(month)}月{int(day)}日") if int(month) and int(day) else None


def is_date_line(s: str) -> bool:
    return bool(RE_DATE_ONLY.fullmatch(_norm_date_text(s)))


RE_FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|ofd|txt)$", re.I)
# two or more single characters spaced out at a title's end (…的 批 复, …的 通 知)
RE_SPACED_END = re.compile(rf"(?:[ \u3000]+[{HAN}]){{2,}}$")


@functools.lru_cache(maxsize=8192)
def _strip_title(s: str) -> str:
    """A title without the brackets that follow its form: (试行), (2023—2025年), (草案). (Memoised:
    a page's lines are asked about many times over.)"""
    s = s.strip().rstrip("　 ")
    # (a form spaced out letter by letter at its end, 关于…的 批 复: its letters joined)
    s = RE_SPACED_END.sub(lambda m: re.sub(r"\s+", "", m.group()), s)
    while True:
        t = RE_TRAILING_BRACKET.sub("", RE_PAGE_TAIL.sub("", RE_YEAR_TAG.sub("", s)))
        if t == s:
            return s
        s = t


RE_CALL_FOR_COMMENT = re.compile(r"(?:征求|征集|听取)(?:社会各界|社会|公众|各方)?(?:的)?意见$")


@functools.lru_cache(maxsize=8192)
def doc_type_of(title: str | None) -> str | None:
    """The form a title names at its end: ``…管理办法（试行）`` -> 办法; None when it names none.
    (Memoised, as :func:`_strip_title`.)"""
    if not title:
        return None
    s = _strip_title(title)
    sar = RE_SAR_NUMBER.fullmatch(s)
    if sar:
        return sar.group("form")  # an act named by its number: the form it ends with (第26/2024号法律)
    serial = RE_SAR_SERIAL.fullmatch(s)
    if serial:
        return serial.group("form")  # a bureau's circular named by its serial (某某局通告第3/2024号)
    if RE_REPORT_NEWS.search(s):
        return None  # news of a session where a report is given (…会议开幕 某某作政府工作报告)
    form = next((t for k, forms in _forms_by_length() if (t := s[-k:]) in forms and _names_form(s, t)), None)
    if form == "函" and s.endswith("覆函"):
        form = "复函"  # (覆函, the traditional script's 复函, which conversion to simplified leaves as it is)
    if form == "建议" and not re.match(r"^(?:中共|中国共产党)", s):
        return None  # (a proposal is a party committee's form only: a deputy's 关于…的建议 is what a reply answers)
    if form == "意见" and RE_CALL_FOR_COMMENT.search(s):
        return None  # a call for comment (《某某办法(征求意见稿)》公开征求意见): 意见 is what it asks for
    law = _law()
    if form is None and law and law[0].fullmatch(s) and s[-2:-1] not in law[1]:
        form = next(r[0] for r in _type_rows() if r[1] == "law" and s.endswith(r[0]))
    if form is None and (m := RE_GOV_ORDER_TITLE.match(re.sub(r"\s+", "", s))) and not RE_ISSUING_VERB.search(m.group("subj")):
        form = "令"  # a government's order under its own name (2022某县人民政府森林防火封山令)
    if form is None and RE_SESSION_AGENDA.search(s):
        form = "议程"  # (a session's agenda, which the session adopts: 某市第九届委员会第二次会议议程)
    if form is None and (m := RE_BODY_SERIAL_TITLE.fullmatch(re.sub(r"\s+", "", s))):
        form = m.group("form")  # (a body's announcement titled by its serial: 某县某某指挥部通告第14号)
    if form is None and RE_SERIAL_ORDER_TITLE.match(re.sub(r"\s+", "", s)):
        form = "令"  # (an order titled by its serial in the year and its kind: 2031年1号林长令, 第2号总河长令)
    if form is None and RE_DRAFT_EXPLAINED.fullmatch(s):
        form = "说明"  # (an explanation of a draft laid before a congress: 关于《某某纲要(草案)》的说明)
    if form is None and RE_BARE_FORWARD.match(s):
        form = "通知"  # (某局转发某部《…办法》: a forwarding notice titled without its 的通知, as law databases list it)
    return form


# a session's agenda by its title (某县第五届人民代表大会第三次会议议程): a document the session adopts, no
# form of the lexicon (an event's programme is titled 议程 too: 某某运动会议程)
RE_SESSION_AGENDA = re.compile(r"第[一二三四五六七八九十\d]{1,4}次(?:全体)?会议议程$")
# the title of an explanation of a draft put to a congress or a standing committee (关于《某某条例(草案)》的说明):
# 说明 is no form of the lexicon (it ends many headings: 编制说明, 情况说明), but after a quoted draft it is one
RE_DRAFT_EXPLAINED = re.compile(r"关于《[^《》]{2,80}[(（](?:草案|修订草案|修正草案|草案修改稿)[)）]》的说明")
# a forwarding notice's title without its form, the forwarded title in 《》 closing it (某局、某局转发某部《…》)
RE_BARE_FORWARD = re.compile(rf"^{_H}(?:{_H}|、){{1,60}}?{_HEADS}(?:转发|批转)[^《》]{{0,60}}《(?P<t>[^《》]{{2,120}})》$")


# (round 35) a standard announced under its kind before its title (国家某某标准《…》)
RE_NAMED_STANDARD_35 = re.compile(rf"^{_H}{{0,12}}标准\s*《")


def issued_type_of(title: str | None) -> str | None:
    """The form of the document a notice (or decision, announcement) issues, forwards or
    approves: ``关于印发《某某办法》的通知`` -> 办法; None when the title issues nothing."""
    if not title:
        return None
    s = _strip_title(title)
    outer = doc_type_of(s)
    if outer == "通知" and (bare := RE_BARE_FORWARD.match(s)):
        return doc_type_of(_strip_title(bare.group("t").strip("〈〉 ")))  # (某局转发某部《…办法》: what it forwards)
    if not outer or not s.endswith(("的" + outer, "》" + outer)):
        return None
    # (…印发《某某办法》通知: the 的 left out after the quoted title)
    inner = s[: -len(outer) - 1] if s.endswith("的" + outer) else s[: -len(outer)]
    m = max(RE_ISSUING_VERB.finditer(inner), key=lambda v: v.start(), default=None)  # the last verb
    if m is None and outer == "通知":
        # (round 35) a notice that reproduces another body's document for its own readers forwards it (关于转载某某办法的通知)
        m = max(RE_REPRODUCES_35.finditer(inner), key=lambda v: v.start(), default=None)
    if m is not None:
        inner = inner[m.end() :]
    elif not (inner.lstrip().startswith("《") and outer == "通知"):
        return None  # (关于实施《某某决定》的意见 issues nothing; 《某某办法》的通知 is a cut 印发 notice)
    inner = inner.strip()
    if RE_NAMED_STANDARD_35.match(inner):
        return None  # (round 35) a standard named by its kind (发布某某标准《某某评估规范》): its title's last word is no form it issues
    if inner.startswith("《") and inner.endswith("》"):
        inner = inner[1:-1]
    inner = _strip_title(inner.strip("《》〈〉 "))
    got = doc_type_of(inner)
    if got is None and (m := re.search(r"(?<=[" + HAN + r"])(?:及|和|与)(?=" + _H + r"{2,8}$)", inner)):
        # (某某实施细则及某某式样: a document with its annex, the form the first names)
        got = doc_type_of(inner[: m.start()])
    return got


# a standing committee's announcement numbered under its session's long name (某省第十一届人民代表大会
# 常务委员会公告 / 第28号), longer than a number's body elsewhere
RE_CONGRESS_NOTICE = re.compile(rf"{_H}{{1,12}}第[一二三四五六七八九十]{{1,3}}届人民代表大会常务委员会公告\s*"
                                r"第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*号")
RE_PROMULGATES = re.compile(r"^\s*《(?P<t>[^《》]{2,60})》.{0,80}?(?:通过|批准)[,，]\s*现予(?:公布|公告)")


# (a legislature's paper named as its 文件, 立法局文件CB54/95-96号: its number without the word)
RE_PAPER_FILE = re.compile(r"^(.+?[会局])文件([A-Z]{0,5}(?:\(\d\))?\d{1,5}/\d\d-\d\d号)$")
RE_SPACED_NUMBER_WORD = re.compile(rf"^({_H}{{1,4}})[ \u3000]+(?={_H}{{0,10}}[〔\[［(（【﹝]\s*(?:19|20)\d\d\s*[〕\]］)）】﹞]\s*第?\s*\d{{1,5}}\s*号)")


# a portal's line of posting details (上载日期: 2017-12-29 信息员:… / 发布时间:… 来源:…)
RE_POSTING_LINE = re.compile(r"^\s*(?:上载|发布|更新|信息)(?:日期|时间|来源)\s*[:：]|信息员\s*[:：]|上载部门\s*[:：]")


def find_doc_number(line: str) -> str | None:
    """A document number that opens a line or stands in brackets at its end, whitespace removed."""
    s = line.strip()
    # (a number's word spaced out from the rest of it: 常 建〔2006〕40号)
    s = RE_SPACED_NUMBER_WORD.sub(r"\1", s)
    # (the year of the version a site shows after the act's number: 第3/1999号法律 (2022年))
    sar = RE_SAR_NUMBER.fullmatch(s) or RE_SAR_SERIAL.fullmatch(s) or RE_SAR_NUMBER.fullmatch(_strip_title(s))
    if sar:
        return re.sub(r"\s+", "", sar.group())
    if serial := _serial_and_subject(s):
        return re.sub(r"\s+", "", serial)  # (a circular's serial, its subject after it: 某某局通告第4/2013号 某某程序)
    m = RE_DOC_NUMBER.match(s.lstrip("(（[【 　")) or RE_CONGRESS_NOTICE.match(s)
    if m is not None and m.group().startswith("关于"):
        m = None  # (a title that cites another's number, 关于撤销某字〔2020〕5号…的公告: no number of its own)
    if m is None and (bare := RE_BARE_NUMBER_LINE.fullmatch(s) or RE_BARE_NUMBER_LEAD.match(s)):
        return re.sub(r"\s+", "", bare.group())  # (a number alone on its line, its word or its 号 lost: 〔2021〕第2号, 某办〔2012〕22)
    if m is None and (serial := RE_YEAR_SERIAL_LINE.fullmatch(s)):
        return re.sub(r"\s+", "", serial.group("n"))  # (an announcement's serial in its year alone on its line: (2031年第1号))
    if m is None:
        # in brackets at the end of the line, or right after the title's form (…的通知(某政发〔2021〕5号))
        forms = "|".join(_types())
        m = (re.search(r"[(（]\s*(" + RE_DOC_NUMBER.pattern + r")\s*[)）]\s*$", s)
             or re.search(rf"(?:{forms})\s*[(（]\s*(" + RE_DOC_NUMBER.pattern + r")\s*[)）]", s)
             # (a notice's serial after its form, 某县关于…的通告(第53号); a command's own line, (县某某指挥部第1号))
             or re.search(rf"(?:{forms})\s*[(（]\s*(第\s*\d{{1,5}}\s*号)\s*[)）]\s*$", s)
             or RE_COMMAND_SERIAL.fullmatch(s))
        if m is None:
            return None
        return re.sub(r"\s+", "", m.group(1))
    return re.sub(r"\s+", "", m.group())


_PLACE_ENDS = ("特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "盟", "旗")


def _lead_place(s: str) -> str | None:
    """The place a body's name opens with: a bare 省 (市, 自治区 …) or the shortest opening of up
    to nine characters that ends like a place's name (某市, 某自治区)."""
    bare = next((e for e in ("自治区", "省", "市", "县", "区", "州", "盟", "旗") if s.startswith(e)), None)
    if bare:
        return bare
    for i in range(1, min(9, len(s))):
        end = next((e for e in _PLACE_ENDS if s.startswith(e, i)), None)
        if end:
            return s[: i + len(end)]
    return None


def _run_together(s: str) -> list[str]:
    """Joint issuers written without separators, each opening with the place the first opens
    with (省科技厅省财政厅省统计局, 某市财政局某市教育局): split where the place comes again right
    after a body's head; ``[s]`` when it does not."""
    lead = _lead_place(s)
    if lead is None or len(s) < 2 * len(lead) + 2:
        return [s]
    cuts = [i for i in range(len(lead) + 1, len(s) - len(lead)) if s.startswith(lead, i)
            and re.search(_HEADS + "$", s[:i])]
    # (the next body's name may open with the province above the place: 某市人民政府某省某市人民检察院)
    cuts = sorted({*cuts, *(i for i in range(len(lead) + 1, len(s) - len(lead)) if re.search(_HEADS + "$", s[:i])
                            and (m := re.match(rf"{_H}{{1,6}}?(?:省|自治区)", s[i:])) and s.startswith(lead, i + m.end()))})
    # (or a national body's office for the place: 某省统计局国家统计局某省调查总队)
    short = re.sub(r"(?:自治区|省|市|县|区)$", "", lead)
    cuts = sorted({*cuts, *(i for i in range(len(lead) + 1, len(s) - len(short)) if re.search(_HEADS + "$", s[:i])
                            and s.startswith("国家", i) and len(short) >= 2 and short[:2] in s[i + 2 :])})
    parts = [s[a:b] for a, b in zip([0, *cuts], [*cuts, len(s)])]
    return parts if len(parts) > 1 and all(RE_ISSUER_FULL.fullmatch(p) and len(p) > len(lead) + 1 for p in parts) else [s]


def _party_and_government_33(s: str) -> list[str]:
    """(round 33) A party committee and its government run together (中共某某市委某某市人民政府):
    split where the committee's place opens the next body right after the committee's head."""
    m = re.match(rf"^中共(?P<place>{_H}{{1,8}}?(?:自治区|省|市|县|区|州|盟|旗))(?:委员会|委)", s)
    if not m or not s.startswith(m.group("place"), m.end()):
        return [s]
    rest = s[m.end() :]
    return [s[: m.end()], rest] if RE_ISSUER_FULL.fullmatch(rest) and len(rest) > len(m.group("place")) + 1 else [s]


# (round 35) the openings of a national body's name, where a second one runs on after the first's
# head (国务院中央军委, 中共中央办公厅国务院办公厅)
RE_NATIONAL_NEXT_35 = re.compile(r"中共中央|中央|国务院|全国|国家")


def _national_run_together_35(s: str) -> list[str]:
    """(round 35) National bodies run together (某院中央某委): split where a national body's opening
    follows a head, each part a body's whole name; ``[s]`` when it does not."""
    if not RE_NATIONAL.match(s):
        return [s]
    cuts = [m.start() for m in RE_NATIONAL_NEXT_35.finditer(s, 2)
            if re.search(_HEADS + "$", s[: m.start()])]
    parts = [s[a:b] for a, b in zip([0, *cuts], [*cuts, len(s)])]
    return parts if len(parts) > 1 and all(RE_ISSUER_FULL.fullmatch(p) and len(p) >= 3 for p in parts) else [s]


@functools.cache
def _spam_brands() -> re.Pattern[str]:
    return re.compile("|".join(sorted((re.escape(x.strip()) for _, x in resources.data_lines("spam_brands.txt")), key=len, reverse=True)))


# a body's other name in brackets after its own (某市自然资源和规划局(某市林业局): one office, two names)
RE_BODY_ASIDE = re.compile(r"[(（][^()（）]{2,30}[)）]$")


def _unbracketed(p: str) -> str:
    """A piece of an issuer line without the brackets around it, or an unpaired one at either end; a
    name that holds a bracketed part whole (某局(某某局)) as it is."""
    q = p.strip("()（） ")
    aside = re.search(r"[(（](?P<b>[^()（）]+)$", q)
    if aside and p.rstrip()[-1:] in ")）" and RE_ISSUER_FULL.fullmatch(aside.group("b")) and RE_ISSUER_FULL.fullmatch(q[: aside.start()]):
        return q + p.rstrip()[-1]  # (the name's own closing bracket: 某市自然资源和规划局(某市林业局))
    return q


def _split_issuers(s: str) -> list[str]:
    # (a gambling site's name a hacked mirror glued before a body's name is none of it)
    s = _spam_brands().sub("", s)
    # (a lost character, ? or �, between two names stands for the space that parted them)
    # (a bracket the name holds whole stays: 某市自然资源和规划局(某市林业局))
    parts = [_unbracketed(p) for p in re.split(r"[\s、,，;；?？\ufffd]+", s.strip()) if p.strip("()（） ")]
    parts = [q for p in parts for q in _run_together(p)]
    parts = [q for p in parts for q in _party_and_government_33(p)]
    parts = [q for p in parts for q in _national_run_together_35(p)]
    # (no body's name opens with 关于: that is a title's subject, 关于在某某单位组建某某委员会)
    return parts if parts and all((RE_ISSUER_FULL.fullmatch(p) or RE_ISSUER_FULL.fullmatch(RE_BODY_ASIDE.sub("", p)))
                                  and not p.startswith("关于") for p in parts) else []


@functools.cache
def _he_places() -> re.Pattern[str]:
    """The places of the gazetteers whose names hold a 和 (呼和浩特市, 和平区, 和顺县), in full and by
    their short forms of three or more characters (呼和浩特, 和林格尔)."""
    names = {full for full, _lv, _short, _p in resources.places() if "和" in full}
    names |= {short for _f, _lv, shorts, _p in resources.places() for short in shorts if "和" in short}
    names |= {c for c in _counties() if "和" in c}
    names |= {n[:-1] for n in list(names) if n.endswith(("县", "市", "区", "旗")) and len(n) >= 4}
    return resources.word_regex(sorted(n for n in names if len(n) >= 3))


def is_issuer_line(s: str) -> bool:
    """One or more issuing bodies and nothing else (某市统计局; 某市科技局 某市财政局)."""
    s = s.strip()
    # (a 和 inside a body's name joins no two names: 中华人民共和国, 某市建设和管理委员会, 住房和城乡
    # 建设局; one after a body's head or before a place's name does: 教育局和财政局, 县委和县政府)
    bare = s.replace("中华人民共和国", "")
    if "和" in bare:
        bare = _he_places().sub(lambda m: m.group().replace("和", "禾"), bare)  # (呼和浩特, 和平区, 和顺县: a place's own 和)
    joined = any(_lead_place(part[m.end() :]) or re.search(_HEADS + "$", part[: m.start()])
                 for part in bare.split() for m in re.finditer("和", part))
    return bool(s) and len(s) <= 120 and not joined and not re.search(r"关于|的|在|与|主办|承办|版权|技术支持", bare) and bool(_split_issuers(s))


# a portal's reading tools after a field on its line (【字体: 大 中 小】 打印, [字号 大 中 小] 分享)
RE_PAGE_TOOLS = re.compile(r"\s+[【\[［(（]?\s*(?:(?:字体|字号)(?:\s*[:：]|\s+[大中小]|\s*[】\]］)）]).*|(?:打印本页|打印|分享到|分享|收藏)(?:\s*[:：].*|\s*[】\]］)）].*|\s*$))")


def read_fields(lines: list[str]) -> dict[str, str]:
    """The fields of a disclosure table in ``lines``: ``field -> value`` (the first of each)."""
    labels, pattern = _field_labels()
    out: dict[str, str] = {}
    for i, line in enumerate(lines):
        line = re.sub(r"^[\s\u3000]*[•·●▪]\s*", "", line)  # (a field listed as a bullet: • 发布单位:某某)
        if "。" in line:
            head = line[: line.index("。")]
            if line.count("【") < 3 and (head.count(":") + head.count("：") < 3 or len(pattern.findall(head)) < 3):
                continue  # a sentence (…批准文号：某字〔1997〕第3号。) is no table
            # (a law database's record, its labels bracketed or glued, run into its text on one line: its fields)
            line = line[: line.index("。")]
        ms = list(pattern.finditer(line))
        if "字号" in line:
            # (字号 labels a number only in a law database's brackets, 【字号】; elsewhere it is the page's font tools)
            ms = [m for m in ms if m.group().strip(" \u3000:：【】") != "字号" or line[max(0, m.start() - 1) : m.start()] == "【"]
        for k, m in enumerate(ms):
            name = m.group("label") or m.group("glued") or m.group("empty")
            field = labels.get(name) or labels[re.sub(r"[ \u3000]+", "", name)]
            if field == "publisher" and m.group("label") and line[max(0, m.start() - 1) : m.start()] == "【" and re.search(r"】", line[m.end() - 2 : m.end() + 1]):
                field = "issuers"  # a law database's bracketed field (【发布部门】某市政府): the body that issued it
            stop = ms[k + 1].start() if k + 1 < len(ms) else len(line)
            value = line[m.end() : stop]
            value = RE_PAGE_TOOLS.sub("", value)  # (来源:某局 【字体: 大 中 小】 打印: the page's tools after it)
            value = re.sub(r"[\s•·]*[【\[［]$", "", value)  # (the next bracketed label's opening: 某市人民政府•【公布日期】)
            cell = re.split(r"[|｜]", value)
            value = cell[0].strip(" \u3000•·")
            if not value and len(cell) > 1:
                # a table's cells: the value is the next cell, unless that is a label
                nxt = next((c.strip() for c in cell[1:] if c.strip()), "")
                value = "" if pattern.match(nxt) else nxt
            if not value and stop == len(line) and not re.search(r"[|｜]", line[m.end() :]) and i + 1 < len(lines):
                nxt = lines[i + 1].strip(" \u3000•·")
                value = "" if pattern.match(nxt) else nxt
            if value and field not in out:
                ok = _valid_field(field, value)
                if ok is not None:
                    out[field] = ok
    return out


# (round 35) a Taiwan law database's 发文字号 that is a bare serial, no agency's word, before the form
# word of the act (1140000000 函, 1120000000 令)
RE_BARE_SERIAL_35 = re.compile(r"(?P<n>\d{7,12})\s*(?:函|令)")


def _valid_field(field: str, value: str) -> str | None:
    value = value.strip()
    if field in ("signed", "published", "effective", "posted", "dispatched", "amended"):
        found = _first_date(value[:40])
        m = RE_ROC_NUMERIC.match(value) if found is None else None
        if m:  # a Taiwan portal's 113-05-03: year 113 of its calendar, 2024
            from ..layout import parse_date

            found = parse_date(f"{int(m.group('y')) + 1911}年{int(m.group('m'))}月{int(m.group('d'))}日")
        return found
    if field == "index_number":
        value = re.sub(r"\s*/\s*", "/", value)  # (011282752 / 2017-00101: spaces around its bar)
        m = re.match(r"[0-9A-Za-z/][0-9A-Za-z/\-－_.·]*", value)  # (主题分类 may follow, glued)
        return m.group() if m and re.search(r"\d", m.group()) and len(m.group()) <= 60 else None
    if field == "doc_number":
        if sar := RE_SAR_NUMBER.match(value):
            return re.sub(r"\s+", "", sar.group())  # (a Macau act's number as a table's value: 第221/2009号行政长官批示)
        m = RE_DOC_NUMBER.search(value) or RE_RULING_NUMBER.match(value)
        if m is None and (y := RE_YEAR_SERIAL_LINE.fullmatch(value)):
            return re.sub(r"\s+", "", y.group("n"))  # (an announcement's serial in its year: 2031年第160号)
        if m is None and (b := RE_BARE_SERIAL_35.fullmatch(value)):
            return b.group("n")  # (round 35) a law database's bare serial before its form word (1140000000 函)
        return re.sub(r"\s+", "", m.group()) if m else None
    if field in ("issuers", "publisher"):
        # (a town's portal publishing under the town's bare name, 发布机构 | 某某镇: the town's government)
        if _split_issuers(value) or (field == "publisher" and RE_TOWN_NAME_30.fullmatch(value)):
            return value
        # (a law database's enacting body by its place alone, 【制定机关】某市, 【发布单位】某省: as written)
        return value if field == "issuers" and _bare_place(value) else None
    if field == "competent":
        # a category path (行政 > 某部 > 某目): its last member that is a body
        bodies = [x.strip() for x in re.split(r"\s*[>＞/]\s*", value)
                  if re.fullmatch(rf"{_H}{{1,20}}(?:政府|院|部|委员会|署|局)", x.strip())]
        return bodies[-1] if bodies else None
    if field == "title":
        return value if len(re.findall(_H, value)) >= 4 else None
    if field == "form":
        return value if doc_type_of(value) == value else None  # (round 34) a form's bare name (公告)
    return None


DATE_FIELDS = ("signed", "published", "effective", "dispatched", "posted", "amended")


def _plausible_dates(fields: dict[str, str], number: str) -> dict[str, str]:
    """The table's dates without those that cannot be the document's: a labelled day more than a
    year before the year its number carries is a database's placeholder (1970-08-22 for a
    document numbered 〔2012〕), no date."""
    m = re.search(r"[〔\[［(（【﹝]\s*((?:19|20)\d\d)\s*[〕\]］)）】﹞]", number)
    if not m:
        return fields
    year = int(m.group(1))
    return {k: v for k, v in fields.items() if k not in DATE_FIELDS or int(v[:4]) >= year - 1}


# a day alone in brackets closing a title (…工作报告(2025年1月8日))
RE_TITLE_DAY = re.compile(rf"[(（]{{1,2}}\s*(?P<d>{_DAY})\s*[)）]{{1,2}}\s*$")  # (or in double brackets: ((某日)))
# the body an order's number names (某委令第43号, 某部令2021年第2号)
RE_ORDER_BODY = re.compile(rf"^(?P<org>{_H}{{2,30}}?)令\s*(?:(?:19|20)\d\d\s*年\s*)?第")
# a title opening with the bodies that forward or issue what it names (某局、某局转发某部《…》的通知)
RE_FORWARDING_BODIES = re.compile(rf"^(?P<org>{_H}(?:{_H}|、){{1,60}}?{_HEADS})(?:转发|批转|印发|颁发)")
RE_CLOSING_LINE = re.compile(r"特此(?:通告|公告|通知|批复|公示|通报|函告|告知)[。!！]?")
RE_TRAILING_CELL = re.compile(r"(?:\s*[|｜])+\s*$")


def signature(lines: list[str], start: int = 0) -> tuple[list[str], str | None, int | None]:
    """The first signature block from ``start``: issuing bodies over a date line (or beside the
    date on its line). ``(issuers, date, index of the date line)``; ``([], None, None)`` if none."""
    for i in range(start, len(lines)):
        s = RE_TRAILING_CELL.sub("", lines[i].strip())  # (a table's cell bar after the date: 某局 某局 2020年3月1日 |)
        if is_date_line(s) or RE_LOOSE_DATE.fullmatch(s) or _glued_date(s) or RE_YEARLESS_DAY.fullmatch(s):
            names: list[str] = []
            j = i - 1
            while j >= 1 and RE_NOTE.fullmatch(lines[j].strip()):
                j -= 1  # (此件公开发布) between the signature and its date
            while j >= 0 and j >= i - 4 and is_issuer_line(RE_MASK.sub("", lines[j])):
                names = _split_issuers(RE_MASK.sub("", lines[j])) + names  # (a site's mask dropped: (略) 人民政府办公厅)
                j -= 1
            if names and j >= 0 and (whole := _rejoined_name(lines[j], names[0])):
                names[0] = whole
            # (many bodies signed two or more a line, a joint document of ministries and provinces:
            # all their lines, past the four of a signature)
            while j >= 0 and j >= i - 12 and len(names) >= 8 and len(_split_issuers(lines[j])) >= 2 and is_issuer_line(lines[j]):
                names = _split_issuers(lines[j]) + names
                j -= 1
            if names:
                return names, _first_date(s) or _loose_date(s) or _glued_date(s), i
        m = (re.match(r"^(?P<org>\S.*?)[\s,，]+(?P<d>\S+年\S+月\S+日)$", s)
             or re.match(r"^(?P<d>[^\s,，]+年[^\s,，]+月[^\s,，]+日)[\s,，]+(?P<org>\S.*)$", s)) if len(s) <= 80 else None
        if m and is_issuer_line(m.group("org")) and is_date_line(m.group("d")):
            names = _split_issuers(m.group("org"))
            j = i - 1
            # (a joint signature whose last body shares the date's line: 中共某县委办公室 /
            # 某县人民政府办公室　　2024年3月5日)
            while j >= 0 and j >= i - 4 and m.start("org") == 0 and is_issuer_line(lines[j]):
                names = _split_issuers(lines[j]) + names
                j -= 1
            return names, _first_date(m.group("d")), i
        # (round 35) bodies and their day glued on one line, the day right after the last head
        # (某区统计局 国家统计局某区调查队2024年4月29日)
        m = RE_GLUED_SIGN_35.fullmatch(s) if len(s) <= 80 else None
        if m and is_issuer_line(m.group("org")):
            return _split_issuers(m.group("org")), _first_date(m.group("d")), i
        # a masthead's body and date whose 日 was lost at the line's end (某县政府督查室  2022年8月19)
        m = re.match(r"^(?P<org>\S.*?)\s{2,}(?P<d>(?:19|20)\d\d年(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9]))$", s) if len(s) <= 80 else None
        if m and is_issuer_line(m.group("org")):
            return _split_issuers(m.group("org")), _first_date(m.group("d") + "日"), i
        # a body and its day set far apart on one line, the day spaced out (某局      2023  年  3 月 23 日)
        m = RE_FAR_SIGN.fullmatch(s) if len(s) <= 400 else None
        if m and is_issuer_line(m.group("org")):
            return _split_issuers(m.group("org")), _first_date(re.sub(r"\s+", "", m.group("d"))), i
    return [], None, None


def _rejoined_name(up: str, name: str) -> str | None:
    """A body's long name broken over two lines, its place on the first (``up``) and the rest of it,
    ``name``, taken alone (某市新型冠状病毒感染的 / 肺炎疫情防控指挥部): the whole name, else None. A
    ``name`` with a place of its own (某省统计 / 国家统计局某省调查总队) is a name of its own."""
    up = up.strip()
    if not (2 <= len(up) <= 20 and re.fullmatch(f"{_H}+", up) and RE_ISSUER_FULL.fullmatch(up + name)):
        return None
    return up + name if issuer_place(up, shape=False)[0] and not issuer_place(name, shape=False)[0] else None


# a signature's date line whose year was lost (年2月22日, 2月22日): the bodies over it still sign, undated
RE_YEARLESS_DAY = re.compile(r"年?\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日")
RE_GLUED_SIGN_35 = re.compile(rf"(?P<org>{_H}.{{1,60}}?{_HEADS})(?P<d>{_SIGN_DAY})")
RE_FAR_SIGN = re.compile(rf"(?P<org>{_H}{{2,30}}?{_HEADS})\s{{2,}}(?P<d>{_DAY_SP})")


RE_GLUED_SIGN_DATE = re.compile(rf"{_HEADS}(?:(?:19|20)\d\d年\d{{1,2}}月\d{{1,2}}日|{_DAY_CN})(?:附件|[,，。.]{{0,2}}\s*$)")  # (a cheap look first)


@functools.cache
def _glued_sign() -> re.Pattern[str]:
    """A signature run into the text of a page flattened to one line: a body opening with a
    place's name, glued to its date, then the attachments or the line's end
    (…明细表某市财政局2022年1月17日附件:…; a stray mark or two after the day, 某某办2023年8月15日,。).
    Compiled on first use."""
    names = [full for full, _lv, _s, _p in resources.places()]
    return re.compile(rf"(?P<org>(?:{resources.word_regex(names).pattern}){_H}{{0,12}}?{_HEADS})"
                      r"(?P<d>" + _SIGN_DAY + r")(?=附件|[,，。.]{0,2}\s*$)")


# a signature at the end of a page run on one line with spaces for its line breaks:
# …健康有序。   某部   某局   2013年10月30日
# the extracts a SAR's gazette prints of its bodies' acts (《澳门特别行政区公报》第二组: 批示摘录), and the
# declarations its bodies print there under the same heading and signature (声明: 兹声明…)
EXTRACT_FORMS = frozenset({"批示摘录", "声明"})
RE_EXTRACT_SIGN = re.compile(rf"^(?P<office>{_H}{{0,6}}(?:长|主任))\s+{_H}{{2,4}}$")
# a news service relaying a body's notice word for word (「以下为某某局发出有关学校的特别布告:)
RE_RELAYED = re.compile(rf"^[「“\"]?以下为(?P<org>{_H}{{2,20}}?)发出(?:的|有关[^:：]{{0,20}}?的)(?:特别|紧急)?(?P<form>布告|通告|公告)[:：]")
# the same relayed by the announcer's cue, the text opening with its body's words (请立即播出下列特别布告…:
# / 「某某署宣布,…)
RE_RELAY_CUE = re.compile(rf"^请立即播出下列(?:特别|紧急)?(?P<form>布告|通告|公告)[^\n]*\n[「“\"]?(?P<org>{_H}{{2,20}}?)(?:宣布|公布)", re.M)
# (round 35) a news service's banner over what it relays (新闻公报), no title of a document
RE_NEWS_BANNER_35 = re.compile(r"(?:政府)?新闻(?:公报|稿)")
# a broadcast notice relayed by the news service: its cue naming it a report (请立即播出下列特别报告…:,
# 当值宣布员注意:请尽快播出以下报告, on the call's line or its own), the department's words on one of the
# two lines under it («某某署(某署)宣布,…», 泳客请注意:某某署今日(…)宣布,…); or a cue naming a form and no
# department (请尽速播出下项布告); or naming no form (当值广播员注意,请尽速播出…:), the body then the head of
# its title (某某总署某热线停止运作)
RE_BROADCAST_ANY = re.compile(rf"播出(?:下列|以下)(?:特别|紧急)?(?P<form>报告)[^\n]*\n(?:[^\n]*\n)?[^\n]{{0,20}}?[「“\"]?(?P<org>{_H}{{2,20}}?)"
                              rf"(?:[(（]{_H}{{1,6}}[)）])?(?:今日|今天)?\s*(?:[(（][^()（）\n]{{1,12}}[)）])?\s*(?:宣布|公布)")
RE_BROADCAST_CUE = re.compile(r"当值(?:广播|宣布)员注意[^\n]{0,6}\n?[^\n]{0,6}请(?:立即|尽速|尽快)播出(?:下列|以下|下项)(?:特别|紧急)?(?P<form>报告|布告|公告|通告)")
RE_BROADCAST_BARE = re.compile(r"^[^\n]{0,12}当值(?:广播|宣布)员注意[,，:：]?\s*请(?:立即|尽速)播出[^\n]*[:：]$", re.M)
RE_TITLE_BODY_HEAD = re.compile(rf"^(?P<org>{_H}{{2,20}}?{_HEADS})")
RE_SPECIAL_HEADLINE = re.compile(rf"(?:^|[,，\s])(?P<org>{_H}{{2,20}}?)(?:特别|紧急)(?P<form>布告|通告|公告)(?:\s+[A-Za-z][A-Za-z ,.()]*)?$")
# a date in brackets closing a title, its year of two or three digits: Taiwan's calendar without 民国
RE_TITLE_ROC_NOTE = re.compile(r"[(（]\s*(?:(?:中华)?民国\s*)?(?P<d>\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:修正|订定|发布|公布|制定|废止)?\s*[)）]\s*$")
# a letter's record on a Taiwan law database: its subject field enacting a named rule, its number field
# closed by the form (旨: 订定「某某要点」。 / 发文字号: 府某字第…号 函)
RE_LETTER_SUBJECT = re.compile(r"^主?旨\s*[:：]\s*(?:订定|修正|废止|停止适用|发布|订定发布|修正发布)\s*[「“《](?P<t>[^」”》]{2,60})[」”》]")
RE_LETTER_NUMBER = re.compile(r"^发文字号\s*[:：].{2,40}?号\s*函\s*$")
# a body's head signing for it (局长 某某, 代署长 某某): the head's title ends as the body's name does
RE_HEAD_OF_BODY = re.compile(rf"^(?:代|署理|代理)?(?P<head>局|署|厅|处|委员会|办公室)(?:长|主任)\s+{_H}{{2,4}}$")
# a despatch approving the rules annexed to it by their name (核准附于本批示并为其组成部分的《某某规章》)
RE_APPROVES_ANNEX = re.compile(r"核准附于本批示(?:并为其组成部分)?的《(?P<t>[^《》]{2,80})》")
# an order's or an announcement's ordinal on a line of its own (第三十七号, 第 5 号)
RE_ORDINAL_LINE = re.compile(r"\s*第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*")
# the same between the attachment's note and the attachment, its title repeated (… 附件:某某预案
# 某镇人民政府 2020年10月22日 某某预案 1.总则 …)
RE_ANNEX_SIGN = re.compile(rf"附件\s*[:：]\s*(?P<a>[^\s:：]{{4,60}}?)\s+(?P<org>{_H}{{2,30}}?{_HEADS})\s*"
                           r"(?P<d>" + _SIGN_DAY + r")\s+(?P=a)")
# a signature and its date run on into the next part of the page after a rule (某某办公室 2016年12月1日
# ---------- 某某条例(草案) …)
RE_RULED_SIGN = re.compile(rf"^(?P<org>{_H}{{2,30}}?{_HEADS})\s*(?P<d>{_SIGN_DAY})"
                           r"\s*[-—_=]{6,}")
RE_SESSION_NOTE = re.compile(r"^\s*[(（]\s*(?P<d>" + _DAY_SP + r")\s*(?P<org>" + _H
                             + r"{2,30}?(?:人民代表大会|代表大会|常务委员会)(?:常务委员会)?第[一二三四五六七八九十]{1,3}次(?:全体)?会议)\s*通过\s*[)）]\s*(?P=org)")
# a posting line of source, day and views between middle dots (来源: 某某整理 · 2031-01-09 · 2459人看过)
RE_DOTTED_POSTED = re.compile(r"^来源\s*[:：][^·•]{1,30}[·•]\s*(?P<d>(?:19|20)\d\d-\d{1,2}-\d{1,2})\s*(?:[·•]|$)")
RE_GLUED_POSTED = re.compile(r"(?:(?<=[\u4e00-\u9fff])发布\s*[:：]\s*|^来源\s*[:：]\s*[^\s:：]{2,30}?)(?P<d>(?:19|20)\d\d-\d{1,2}-\d{1,2})"
                             r"(?:\s+\d{1,2}:\d{2}|(?=[\u4e00-\u9fff]{2}[:：]))")
# a portal's posting time glued to the source after it (2026年01月30日来源:市政府办公厅)
RE_DATED_SOURCE = re.compile(rf"^\s*(?P<d>{_POSTED_DAY}(?:\s*{_CLOCK})?)\s*来源\s*[:：]")
# a portal's posting line naming its publisher between its day and its source (2022年06月08日 某县统计局 来源:…)
RE_DATED_PUBLISHER = re.compile(rf"^\s*(?P<d>{_POSTED_DAY}(?:\s*{_CLOCK})?)\s+(?P<org>{_H}{{2,30}}?{_HEADS})\s+来源\s*[:：]")
# a mirror's header line: its column, the posting time, the place it was posted from (政务   2024-10-18 11:49   某地)
RE_MIRROR_STAMP = re.compile(rf"{_H}{{1,6}}\s{{2,}}(?P<d>(?:19|20)\d\d-\d{{1,2}}-\d{{1,2}}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)(?:\s{{2,}}{_H}{{1,8}})?")
# a congress session as the issuer a title opens with (某区第三届人民代表大会第七次会议关于…的决议)
# a resolution's note of its adoption by a congress's session, over its text ((2014年2月20日某区第十七届人民代表大会
# 第三次会议通过)): the session that resolved it, and the day
# (or the session's short name and its sitting: 某市十三届人大三次会议第三次全体会议; its standing committee's:
# 省十三届人大常委会第三次会议)
RE_ADOPTION_SESSION = re.compile(rf"^(?:[—―－-]{{1,2}}\s*)?[(（]?\s*(?P<d>{_DAY})\s*(?:在\s*)?(?P<org>{_H}{{1,20}}?(?:第?[一二三四五六七八九十]{{1,3}}届(?:全国)?人民代表大会"
                                 rf"第[一二三四五六七八九十]{{1,4}}次(?:全体)?会议|[一二三四五六七八九十]{{1,3}}届人大(?:常委会第)?[一二三四五六七八九十]{{1,4}}次会议"
                                 # (or a CPPCC committee's session by its short name: 某市政协十三届二次会议)
                                 rf"|政协[一二三四五六七八九十]{{1,3}}届[一二三四五六七八九十]{{1,4}}次会议))"
                                 rf"(?:第[一二三四五六七八九十]{{1,3}}次全体会议)?\s*(?:(?:审议|审查)?(?:通过|批准))?\s*[)）]?$")  # (its 通过 left out: (某日某镇十七届人大二次会议))
# a congress's or its standing committee's session by its full name (某区第三届人民代表大会第七次会议)
_SESSION = (rf"(?P<org>(?:{_H}{{2,20}}?第[一二三四五六七八九十]{{1,3}}届|第[一二三四五六七八九十]{{1,3}}届全国)人民代表大会(?:常务委员会)?"
            rf"第[一二三四五六七八九十]{{1,4}}次(?:全体)?会议)")  # (the national congress's: 第某届全国人民代表大会第某次会议)
RE_SESSION_TITLE = re.compile(rf"^{_SESSION}关于")
# (its note of adoption undated, on its own line under the title: 某省第六届人民代表大会第五次会议审议通过)
RE_SESSION_ADOPTED = re.compile(rf"^[(（]?{_SESSION}(?:审议|审查)?(?:通过|批准)[)）]?$")
RE_SESSION_OPENING = re.compile(rf"^{_SESSION}\s*[,，]?\s*(?:认真)?(?:听取|审议|审查)")  # (its text opening with the session)
RE_SESSION_NAME = re.compile(rf"{_SESSION}")  # (fullmatch: the session alone, its 关于 on the next line)
RE_ON_PUBLICATION = re.compile(r"自本\S{0,6}?公布(?:之)?日起(?:产生效力|生效)")

# a regulation's note of the order that issued it: (1991年3月26日某市人民政府令19号发布)
RE_ORDER_NOTE = re.compile(rf"\s*[(（]\s*(?P<d>{_DAY_SP})\s*"
                           rf"(?P<n>{_H}{{2,30}}?令\s*(?:第\s*)?\d{{1,5}}\s*号)\s*(?:发布|公布)\s*[)）]\s*")
# a number without its body's code, alone on its line under the title (〔2022〕第1号)
RE_BARE_NUMBER = re.compile(r"\s*[〔\[［]\s*(?:19|20)\d\d\s*[〕\]］]\s*(?:第\s*)?\d{1,5}\s*号\s*")
RE_POSTING_LINE = re.compile(r"(?:来源|时间|日期|作者|编辑|浏览|点击)\s*[:：]")
RE_SPACED_SIGN = re.compile(r"(?:[。！!]\s*特此(?:通告|公告|通知|批复|公示|通报)[。!！]?|[。！!])\s+(?P<org>(?:[^\s。，,]{2,30}\s+){1,6}?)"
                            r"(?P<d>" + _SIGN_DAY + r")\s*$")


def _glued_signature(lines: list[str]) -> tuple[list[str], str | None]:
    """``(issuers, date)`` of a signature glued into a long line (a page run on one line); ``([], None)``."""
    for s in lines:
        s = re.sub(r"[\s|｜]+$", "", s)  # (a table's cell bar closing the line: … 2011年6月3日 |)
        if (m := RE_SPACED_SIGN.search(s)) and is_issuer_line(m.group("org")):
            return _split_issuers(m.group("org")), _first_date(m.group("d"))
        if (m := RE_RULED_SIGN.match(s)) and is_issuer_line(m.group("org")):
            return _split_issuers(m.group("org")), _first_date(m.group("d"))
        if "附件" in s and (m := RE_ANNEX_SIGN.search(s)) and is_issuer_line(m.group("org")):
            return _split_issuers(m.group("org")), _first_date(m.group("d"))
        if len(s) < 200 or not RE_GLUED_SIGN_DATE.search(s):
            continue
        m = next(iter(reversed(list(_glued_sign().finditer(s)))), None)
        # (a page's source line, 来源:某市财政局2022年1月17日, is no signature; nor is a line without prose)
        if m and is_issuer_line(m.group("org")) and re.search(r"[。,，;；]", s[: m.start()]) and not re.search(
                r"(?:来源|发布|编辑|作者|供稿|机构|单位)\s*[:：]?\s*$", s[max(0, m.start() - 8) : m.start()]):
            return _split_issuers(m.group("org")), _first_date(m.group("d"))
    return [], None


def effective_clause(text: str, signed: str | None) -> str | None:
    """The date a closing clause puts the document into force (the last clause in ``text``):
    ``自2024年1月1日起施行`` -> 2024-01-01; ``自印发之日起施行`` -> the signed date."""
    flat = re.sub(r"\s+", "", text)
    best: tuple[int, str | None] | None = None
    for m in RE_ENACT_DATE.finditer(flat):
        best = (m.start(), _first_date(m.group("d")))
    if RE_ROC_DAY.search(flat):  # a page dated in Taiwan's calendar: its closing clauses are too
        for m in RE_ENACT_ROC.finditer(flat):
            if best is None or m.start() > best[0]:
                # (its year is the Republic's also where 民国 is left out: 并自90年1月1日起实施)
                best = (m.start(), _roc_day("民国" + re.sub(r"^(?:中华)?民国", "", m.group("d"))))
    for m in RE_ENACT_ON_ISSUE.finditer(flat):
        if best is None or m.start() > best[0]:
            best = (m.start(), signed)
    for m in RE_ENACT_TODAY_33.finditer(flat):
        if best is None or m.start() > best[0]:
            best = (m.start(), signed)  # (round 33) 本通告自即日起实施: in force the day it is signed
    for m in RE_STARTS_ON.finditer(flat):
        if best is None or m.start() > best[0]:
            best = (m.start(), _first_date(m.group("d")))
    return best[1] if best else None


# the rest of an act's line broken inside its verb (…号令修 / 正公布第6条条文; …号令 / 修正公布…)
RE_ACT_CONTINUED = re.compile(r"\n\s*(?:正|除|定|止|订定|修正|删除|废止|制定)?\s*(?:公布|发布)[^\n]*")


def _act_end(text: str, at: int) -> int:
    """Where the act of a history that stands at ``at`` ends: its line's end, or the end of the
    next line when the act's line breaks inside its verb and that line carries its rest (-1 if
    neither is found, as :meth:`str.find`)."""
    end = text.find("\n", at)
    if end >= 0 and (m := RE_ACT_CONTINUED.match(text, end)):
        return m.end()
    return end


def _history_effective(hist: str, acts: list, latest: tuple, text: str, signed: str | None) -> str | None:
    """The effect of a Taiwan regulation's latest act: the clause on that act's own line of its
    history (…令修正发布;并自发布日施行), else the text's closing clause outside the history (an
    older act's clause, …但第22条自102年12月27日施行, is not the latest one's)."""
    starts = sorted(m.start() for _, m in acts)
    m = latest[1]
    nxt = next((x for x in starts if x > m.start()), None)
    end = _act_end(hist, m.end())
    seg = hist[m.start() : nxt if nxt is not None else (end if end >= 0 else len(hist))]
    flat = re.sub(r"\s+", "", seg)
    if (c := RE_ENACT_ROC_CN.search(flat)) and (d := _roc_day("民国" + c.group("d"))):
        return d
    if re.search(r"自即日起?(?:施行|实施|生效)", flat):
        return latest[0]  # (the act's own day: 并自即日生效 on its line)
    # (an announcement's long list of articles, hard-wrapped, runs on to its clause lines below)
    whole = re.sub(r"\s+", "", hist[m.start() : nxt if nxt is not None else m.start() + 800])
    if (c := RE_TRANSFER_FROM.search(whole)) and (d := _roc_day("民国" + re.sub(r"^(?:中华)?民国", "", c.group("d")))):
        return d
    got = effective_clause(seg, signed)
    if got:
        return got
    found = [m.start() for m in _roc_act().finditer(text)]
    if not found:
        return effective_clause(text, signed)
    pieces, at = [], 0
    for i, x in enumerate(found):
        pieces.append(text[at:x])
        end = _act_end(text, x)
        at = found[i + 1] if i + 1 < len(found) else (end if end >= 0 else len(text))
    pieces.append(text[at:])
    return effective_clause("".join(pieces), signed)


RE_GENERAL_OFFICE = re.compile(rf"(?P<body>{_H}{{2,20}}?(?:部|委员会|委|总局|总署|署|局))(?:办公厅|办公室)")


# a development zone's name after its city's (某湾经济技术开发区…, 高新区…, 工业园区…)
RE_ZONE_AFTER = re.compile(rf"{_H}{{0,10}}?(?:经济技术开发区|开发区|高新区|高新技术产业开发区|新区|工业园区|园区|保税区)")


def issuer_place(issuer: str | None, text: str = "", shape: bool = True, number: str | None = None) -> tuple[str | None, list[str]]:
    """``(level, region)`` of an issuing body from its name: national, provincial, city or
    county, and ``[province, city]`` as far as the gazetteer knows them. A county-level
    issuer the gazetteer lacks takes its city from the city ``text`` names most; a province's
    body named without its province (省人民政府) takes it from the page, else from the
    abbreviation its document ``number`` opens with (鄂政发〔2018〕26号: 湖北省)."""
    if not issuer:
        return None, []
    table, cities = _places()
    # (the party's, the League's and the CPPCC's bodies are placed by the place after their name:
    # 中共某市委, 共青团某省委员会, 政协某县委员会)
    name = re.sub(r"^(?:中共|中国共产党|共青团|中国共产主义青年团|中国人民政治协商会议|政协)", "", issuer)
    # (a national administration's local office is placed by the place after the administration's
    # name: 国家税务总局某省税务局, data/vertical_bodies.txt)
    vertical = next((v for v in _vertical_bodies() if name.startswith(v) and len(name) > len(v) + 2), None)
    if vertical:
        local = issuer_place(name[len(vertical) :], text, shape=False, number=number)
        if local[0] not in (None, "national"):
            return local
    if re.match(r"^(?:地区|本市|本县|本区|本省|全市|全县|全省)", name):
        return None, []  # a generic name (地区行署) places nothing
    kind = next((k for k in ("自治区", "省") if name.startswith(k) and len(name) > len(k)), None)
    # (a session of its congress's standing committee by its short name is placed as that body: 省十三届人大常委会第三次会议)
    if kind and (RE_ISSUER_FULL.fullmatch(name) or RE_ISSUER_FULL.fullmatch(RE_SITTING_SUFFIX.sub("", name))):
        # a province's body named without its province (省财政厅, 自治区人民政府): provincial, in
        # the province of that kind the page names most
        named = Counter({p: text.count(p) for p, (lv, _p) in table.items() if lv == "province" and p.endswith(kind)} if text else {})
        best = named.most_common(1)
        if best and best[0][1]:
            return "provincial", [best[0][0]]
        abbr = _province_abbreviations().get(number[:1]) if number else None
        if abbr and abbr.endswith(kind):
            return "provincial", [abbr]
        # (else the one province of that kind whose counties the page names, 某省委巡视组 in 某县)
        seats = {seat[0] for c in _counties_named(text) for seat in _counties()[c]} if text else set()
        seats = {p for p in seats if p and p.endswith(kind)}
        return "provincial", [next(iter(seats))] if len(seats) == 1 else []
    if name.startswith("市") and len(name) > 1 and RE_ISSUER_FULL.fullmatch(name) and text:
        # a city's body named without its city (市政府, 市发展和改革委员会): the city (or county-level
        # city) whose government the page names most (来源:某市人民政府网站)
        named = Counter(m.group(1) for m in re.finditer(rf"({_H}{{2,6}}?市)人民政府", text))
        # (else its government's short name, 来自:某市政府门户网站)
        named = named or Counter(m.group(1) for m in re.finditer(rf"(?<![{HAN}])({_H}{{2,6}}?市)政府", text))
        best = named.most_common(2)
        if best and (len(best) == 1 or best[0][1] > best[1][1]):
            got = issuer_place(best[0][0] + "人民政府")
            if got[0] in ("city", "county"):
                return got
        # (else a municipality's, whose abbreviation its document's number opens with: 沪府发〔2009〕25号)
        abbr = _province_abbreviations().get(number[:1]) if number and number[1:2] != "市" else None
        if not best and abbr and abbr.endswith("市"):
            return "provincial", [abbr]
    if name[:1] in "县区旗" and len(name) > 1 and RE_ISSUER_FULL.fullmatch(name) and text:
        # a county's or district's body named without its place (县统计局, 区人民政府办公室): the
        # county of that kind the gazetteer lists that the page names most (发布机构 某某区人民政府办公室)
        named = Counter({c: k for c in _counties() if c.endswith(name[0]) and len(c) >= 3 and (k := text.count(c))})
        if not named and number:
            # (no county named in full: its name without 县 on the page, 某某经济开发区, where the
            # document's number opens with its first character, 嘉政办发〔…〕 of 嘉鱼县)
            named = Counter({c: k for c in _counties() if c.endswith(name[0]) and len(c) >= 3 and c[0] == number[0]
                             and (k := text.count(c[:-1]))})
        best = named.most_common(2)
        if best and (len(best) == 1 or best[0][1] > best[1][1]):
            got = issuer_place(best[0][0] + name[1:], text)
            if got[0] == "county":
                return got
    province = city = None
    county = False
    pos = 0
    while pos < len(name):
        hit = next((name[pos:pos + n] for n in range(min(12, len(name) - pos), 1, -1) if name[pos:pos + n] in table), None)
        if hit is None and (seat := _county_at(name, pos, province, city, text)) is not None:
            # a county of the county gazetteer (寿县人民政府, 某市汉滨区教育局)
            county = True
            province, city = seat[1] or province, seat[2] or city
            pos += len(seat[0])
            continue
        if hit is None:
            # a short form right before a government's head (某州人民政府办公厅)
            shorts = _short_places()
            short = next((name[pos:pos + n] for n in range(min(6, len(name) - pos), 1, -1)
                          if name[pos:pos + n] in shorts and re.match(r"人民政府|政府|人大|政协|党委|生产建设兵团", name[pos + n:])), None)
            # (or before a zone of the city, 某州某湾经济技术开发区管委会, 某州高新区)
            zone = short is None and next((name[pos:pos + n] for n in range(min(6, len(name) - pos), 1, -1)
                                           if name[pos:pos + n] in shorts and RE_ZONE_AFTER.match(name[pos + n:])), None)
            if zone:
                short, county = zone, True  # (a zone under its city: county level, as a district)
            if short is None:
                break
            level, parent = table[shorts[short]]
            if level == "city":
                city, province = shorts[short], province or parent or None
            elif level == "province":
                province = shorts[short]
            pos += len(short)
            continue
        level, parent = table[hit]
        if level == "province":
            province = hit
        elif level == "city":
            city, province = hit, province or parent or None
        else:  # a district or county the gazetteer lists, under its municipality or province
            county = True
            province = province or (parent if table.get(parent, ("",))[0] == "province" else None)
            if parent and table.get(parent, ("",))[0] == "city":
                city = parent
                province = province or table[parent][1] or None
        pos += len(hit)
    rest = name[pos:]
    if not county and (RE_COUNTY.match(rest) or (RE_COUNTY_CITY.match(rest) and rest[: rest.index("市") + 1] not in table)):
        county = True
    if not county and pos == 0 and (RE_TOWN.match(rest) or RE_TOWN_NAME_30.fullmatch(rest)):
        # a town's body (某镇党政办公室), or the town by its bare name (某某乡, as its reports name it): the
        # lowest level of the schema, county; its city the page's
        county = True
        if text and not Counter(m.group() for m in cities.finditer(text)):
            # (no city named: the one county of the gazetteer the page names, in full or by its
            # name without 县 right before the town's, 古某黄某 for 黄某镇 of 古某县)
            town = re.match(rf"{_H}+?(?=镇|乡|街道)", rest).group()
            # (the full names first; a short one opening a line or standing after no other word)
            named = [c for c in _counties() if c.endswith("县") and len(c) >= 3 and c in text] or [
                c for c in _counties() if c.endswith("县") and len(c) >= 3 and c[:-1] + town in text
                and re.search(rf"(?<![{HAN}]){re.escape(c[:-1] + town)}", text)]
            seats = {seat for c in named for seat in _counties()[c]}
            if len(seats) == 1:
                province, city = next(iter(seats))
    if county:
        if city is None and province is None and text:
            counts = Counter(m.group() for m in cities.finditer(text))
            if counts:
                city = counts.most_common(1)[0][0]
                province = table[city][1] or None
        return "county", [x for x in (province, city) if x]
    if city:
        return "city", [x for x in (province, city) if x]
    if province:
        return "provincial", [province]
    if pos == 0 and (RE_NATIONAL.match(name) or _national_body(name) or (shape and RE_CENTRAL.fullmatch(name))):
        return "national", []
    if pos == 0 and (m := RE_GENERAL_OFFICE.fullmatch(name)) and _national_body(m.group("body")):
        return "national", []  # a national body's general office (某部办公厅), the lexicon naming the body
    if pos == 0 and RE_ISSUER_FULL.fullmatch(name) and re.match(r"^(?:县(?!域)|区(?!域)|旗)", name):
        # a county's or district's body named by its rank alone (县统计局): county, no place
        # (a 市 body so named may be a prefecture's or a county-level city's: no level, 市财政局)
        return "county", []
    return None, []


@functools.cache
def _counties() -> dict[str, tuple[tuple[str, str], ...]]:
    """``county -> ((province, city), …)`` of the county gazetteer ``data/counties.tsv`` (one
    pair for each county of that name; a plain dict, read on the first look-up)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for _lineno, line in resources.data_lines("counties.tsv"):
        county, province, city = line.split("\t", 3)[:3]
        out.setdefault(county, []).append((province, city))
    # an autonomous county's short name, its peoples left out (某某苗族布依族自治县 -> 某某自治县);
    # the place name may be two to four characters long, so each reading is kept (where no county
    # bears that name already)
    short: dict[str, list[tuple[str, str]]] = {}
    for county, seats in out.items():
        for k in range(2, 5):
            m = re.fullmatch(r"(?:[^族]{1,5}族)+自治([县旗])", county[k:])
            if m:
                short.setdefault(county[:k] + "自治" + m.group(1), []).extend(seats)
                # (and by its place name alone before 县 or 旗, as its own bodies often sign: 某某县安全生产委员会
                # of 某某回族自治县)
                short.setdefault(county[:k] + m.group(1), []).extend(seats)
    for name, seats in short.items():
        out.setdefault(name, seats)
    return {k: tuple(v) for k, v in out.items()}


def _counties_named(text: str) -> set[str]:
    """The counties of the gazetteer (three characters or more) that ``text`` names: each name looked
    up where a character that ends one stands, not each name searched for in the text."""
    names = _counties()
    ends = re.compile("[" + "".join(sorted({c[-1] for c in names})) + "]")
    longest = max(map(len, names))
    return {c for m in ends.finditer(text) for k in range(3, min(longest, m.end()) + 1)
            if (c := text[m.end() - k : m.end()]) in names}


def _bare_place(name: str) -> bool:
    """``name`` is a province's, a city's or a county's name and nothing more (某省, 某市, 某县, 某特别行政区)."""
    return bool(name) and (name in _places()[0] or name in _counties() or re.fullmatch(rf"{_H}{{2,4}}特别行政区", name) is not None)


def _autonomous_short(place: str) -> bool:
    """``place`` is an autonomous county by its common short name, its peoples and 自治 left out
    (木垒县 for 木垒哈萨克自治县, 长阳县 for 长阳土家族自治县)."""
    if not (3 <= len(place) <= 5 and place.endswith(("县", "旗"))):
        return False
    stem = place[:-1]
    return any(c.startswith(stem) and "自治" in c and c.endswith(place[-1]) for c in _counties())


def _county_at(name: str, pos: int, province: str | None, city: str | None, text: str = "") -> tuple[str, str, str] | None:
    """The county whose name starts ``name`` at ``pos`` (the longest), followed by more of a
    body's name, as ``(county, province, city)``. A name several counties share is told apart by
    the province or city already read from the name, else by the cities ``text`` names; failing
    that it gives the province they share, or nothing."""
    counties = _counties()
    for n in range(min(10, len(name) - pos), 1, -1):
        cand = name[pos:pos + n]
        seats = counties.get(cand)
        if not seats or pos + n >= len(name):
            continue
        fit = [s for s in seats if (city is None or s[1] == city) and (province is None or s[0] == province)]
        if len(fit) > 1 and text:
            named = [s for s in fit if s[1] and s[1] in text]
            fit = named or fit
        if len(fit) == 1:
            return cand, fit[0][0], fit[0][1]
        if fit and len({s[0] for s in fit}) == 1:
            return cand, fit[0][0], ""
        return None
    return None


@functools.cache
def _vertical_bodies() -> tuple[str, ...]:
    """The national administrations of ``vertical_bodies.txt``, whose local offices bear their name first."""
    return tuple(line.strip() for _lineno, line in resources.data_lines("vertical_bodies.txt"))


@functools.cache
def _national_bodies() -> frozenset[str]:
    """Names and aliases of the national government and party bodies of ``institutions.tsv``, and
    of its people's organisations named for the whole country (中国残疾人联合会, 中华全国总工会)."""
    out = set()
    for name, (kind, aliases) in resources.institutions().items():
        if kind in ("government", "party") or (kind == "organization" and name.startswith(("中国", "中华全国"))):
            out.add(name)
            out.update(aliases)
    return frozenset(out)


def _approved_annex(doc_type: str | None, lines: list[str]) -> str | None:
    """The form of the rules a despatch approves as its annex, named in 《》 (issuing them, as a
    notice's 印发 does); None for an approved model or budget, which names no form."""
    if doc_type != "批示":
        return None
    m = next((m for x in lines[:80] if (m := RE_APPROVES_ANNEX.search(x))), None)
    return doc_type_of(m.group("t")) if m else None


def _taiwan_body(name: str, text: str, shape: bool = True) -> bool:
    """Is ``name`` a body of Taiwan's: placed there by the gazetteer, or a national-shaped body
    (某院, 某部) on a page of Taiwan's (as the level of a document reads it)."""
    from .indicators import page_region

    level, region = issuer_place(name, text, shape=shape)
    return region[:1] == ["台湾省"] or (level == "national" and page_region(text) == "TW")


@functools.cache
def _taiwan_local_initials() -> dict[str, str]:
    """The first character of the short name of each city and county of Taiwan in the gazetteer
    (基 -> 基隆市), where no other of them opens with it."""
    out: dict[str, list[str]] = {}
    for full, level, shorts, parent in resources.places():
        if level == "city" and parent == "台湾省":
            for ch in {sh[0] for sh in shorts if sh} | {full[0]}:
                out.setdefault(ch, []).append(full)
    return {k: v[0] for k, v in out.items() if len(set(v)) == 1}


def _taiwan_local_government(number: str) -> str | None:
    """The government of a Taiwan city or county a number of its own names by its initial and
    府 (基府财务字第…号, 屏府行法字第…号, 高市府…字第…号): 基隆市政府."""
    m = re.match(rf"^(?:[(（]\s*\d{{2,3}}\s*[)）])?({_H})([市县]?)府{_H}{{0,8}}字第", number)
    place = _taiwan_local_initials().get(m.group(1)) if m else None
    if place and m.group(2) and not place.endswith(m.group(2)):
        return None  # (南市府: a 市, not 南投县)
    return place + "政府" if place else None


@functools.cache
def _province_abbreviations() -> dict[str, str]:
    """The one-character abbreviations of the provincial-level divisions (鄂 -> 湖北省), as a
    document number opens with them (鄂政发); an abbreviation two divisions share is left out."""
    out: dict[str, list[str]] = {}
    for full, level, shorts, _parent in resources.places():
        if level == "province":
            for sh in shorts:
                if len(sh) == 1:
                    out.setdefault(sh, []).append(full)
    return {k: v[0] for k, v in out.items() if len(v) == 1}


@functools.cache
def _short_places() -> dict[str, str]:
    """Short forms of provinces and cities (two characters or more) -> full name."""
    out: dict[str, str] = {}
    for full, level, shorts, _parent in resources.places():
        if level in ("province", "city"):
            for sh in shorts:
                if len(sh) >= 2:
                    out.setdefault(sh, full)
    return out


def _canonical(name: str) -> str:
    """A body's full name when ``name`` is the alias of a gazetteer body (全国人大 -> 全国人民代表大会)."""
    for full, (_kind, aliases) in resources.institutions().items():
        if name == full or name in aliases:
            return full
    return name


_SARS = ("香港特别行政区", "澳门特别行政区")


@functools.cache
def _sar_sections() -> dict[str, frozenset[str]]:
    """``body -> SARs`` of the bodies the institutions lexicon lists under a SAR's heading
    (``# 香港特别行政区政府…``: 运输署, 政务司 …)."""
    out: dict[str, set[str]] = {}
    for section, line in resources.data_sections("institutions.tsv"):
        sar = next((x for x in _SARS if section.startswith(x)), None)
        if sar:
            for n in (line.split("\t")[0], *(line.split("\t")[2].split("|") if line.count("\t") >= 2 else ())):
                if n.strip():
                    out.setdefault(n.strip(), set()).add(sar)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _sar_names() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """From the institutions lexicon: ``name -> SARs`` of the bodies one of whose names opens with
    a SAR's name (立法会: 香港特别行政区立法会), and ``name -> SARs`` of the names a SAR's name
    opens (澳门立法会 -> 立法会: 澳门特别行政区)."""
    named: dict[str, set[str]] = {}
    prefixed: dict[str, set[str]] = {}
    for full, (_kind, aliases) in resources.institutions().items():
        names = (full, *aliases)
        sars = {x for x in _SARS for n in names if n.startswith((x, x[:2]))}
        for n in names:
            if sars:
                named.setdefault(n, set()).update(sars)
            for x in _SARS:
                for head in (x, x[:2]):
                    if n.startswith(head) and len(n) > len(head):
                        prefixed.setdefault(n[len(head):], set()).add(x)
    return {k: frozenset(v) for k, v in named.items()}, {k: frozenset(v) for k, v in prefixed.items()}


def _office_body(name: str) -> str:
    """The body an office holder heads (运输署署长 -> 运输署, 运输工务司司长 -> 运输工务司)."""
    m = re.fullmatch(rf"({_H}{{2,10}}?([署处局司]))\2长", name)
    return m.group(1) if m else name


def _sar_of_body(name: str, text: str = "", by_heading: bool = False) -> str | None:
    """The special administrative region whose body (or office holder) ``name`` is, when the
    institutions lexicon gives the body under that region's name (立法会 as 香港特别行政区立法会)
    or, with ``by_heading``, lists it under the region's heading (运输署; only where the page
    shows a SAR's grammar: a bare 教育局 or 财政局 is under a SAR's heading too). A name both
    regions' bodies bear (立法会, 澳门立法会) goes to the region the page names (``text``), else
    to the body named exactly so."""
    body = _office_body(name)
    sections = _sar_sections() if by_heading else {}
    named_so, prefixed_so = _sar_names()
    exact: set[str] = set(sections.get(name, ())) | set(sections.get(body, ()))
    exact |= named_so.get(name, frozenset()) | named_so.get(body, frozenset())
    prefixed = set(prefixed_so.get(name, frozenset()) | prefixed_so.get(body, frozenset()))
    both = exact | prefixed
    if len(both) > 1 and text:
        flat = re.sub(r"\s+", "", text)
        named = [x for x in both if x in flat]
        if len(named) == 1:
            return named[0]
    return next(iter(exact)) if len(exact) == 1 else (next(iter(both)) if len(both) == 1 else None)


def _national_body(name: str) -> bool:
    return name in _national_bodies()


# --------------------------------------------------------------------------- #
# the page
# --------------------------------------------------------------------------- #


def _balanced(s: str) -> bool:
    return all(s.count(a) == s.count(b) for a, b in ("《》", "〈〉", "()", "（）")) and _quotes_paired_33(s)


def _quotes_paired_33(s: str) -> bool:
    """(round 33) Curly quotes pair up, a typewriter quote standing for either of them where a
    text mixes the two ("某某工程”): their number is even and covers the curly ones' difference."""
    left, right, plain = s.count("“"), s.count("”"), s.count('"')
    return left == right if not plain else abs(left - right) <= plain and (left + right + plain) % 2 == 0


# (round 34) a title's English name after it, glued or spaced (…要点Directions for the …, …办法 Regulations for …)
RE_ENGLISH_NAME_34 = re.compile(r"(?<=[\u4e00-\u9fff])\s*[A-Z][A-Za-z]+(?:[ ,.'’()&/-]+[A-Za-z]+){2,}[ .)]*$")


RE_TRAILING_NUMBER = re.compile(r"[ \u3000]+(?:" + RE_DOC_NUMBER.pattern + r")\s*$")


def _title_line(s: str) -> str:
    """A title line without the document number in brackets after it and what trails that
    (…的通知（某政发〔2021〕5号）2021.04.27)."""
    m = re.search(r"\s*[(（]\s*" + RE_DOC_NUMBER.pattern + r"\s*[)）]", s)
    if m and not re.search(_H, s[m.end() :]):
        s = s[: m.start()]
    s = RE_COLUMN_LABEL.sub("", s.strip())
    if doc_type_of(RE_TRAILING_CELL.sub("", s)):
        s = RE_TRAILING_CELL.sub("", s)  # (a table's cell bar after the title: 关于…的通知 |)
    m = RE_TRAILING_NUMBER.search(RE_TRAILING_CELL.sub("", s)) if RE_TRAILING_CELL.search(s) else None
    if m and doc_type_of(s[: m.start()]):
        s = s[: m.start()]  # (a table's cell of the title and its number, its bar after them: 关于…的通知 某发〔2031〕5号 |)
    m = RE_ENGLISH_NAME_34.search(s)
    if m and doc_type_of(s[: m.start()]):
        s = s[: m.start()]  # (round 34) a law database's title glued to its English name (…要点Directions for …)
    if re.fullmatch(rf"{_H}(?:(?:[ \u3000]+|[ \u3000]*[?？\ufffd][ \u3000]*){_H}){{1,5}}", s):
        # a form spaced out on its line (决 定, 通  知; its wide space maybe lost to an encoding's mark, 通 ? 知)
        s = re.sub(r"[ \u3000?？\ufffd]+", "", s)
    m = re.match(r"^.{0,12}[?\ufffd]", s)
    if m and doc_type_of(s[m.end() :]) and len(re.findall(_H, s[m.end() :])) >= 6:
        s = s[m.end() :]  # a head garbled by a lost encoding (characters come as ?): what follows the last
    m = RE_ADDRESS_BEFORE.match(s)
    if m and doc_type_of(s[m.end() :]) and len(re.findall(_H, s[m.end() :])) >= 6:
        s = s[m.end() :]  # an advert's name and web address a mirror set before the title: what follows it
    m = RE_DOC_NUMBER.match(s)  # 某政发〔2016〕26号《…的通知》: the number before the title
    if m and (s[m.end() :].lstrip().startswith("《")
              or (s[m.end() : m.end() + 1].isspace() and doc_type_of(s[m.end() :].strip()))):
        s = s[m.end() :].strip()
    if s.startswith("《") and s.endswith("》") and _balanced(s[1:-1]):
        s = s[1:-1]  # a title quoted whole
    m = RE_TITLE_DASH_OCCASION.match(s)
    if m and doc_type_of(m.group("t")):
        s = m.group("t")  # a report's title run on with its occasion after a dash (某某报告 ——某日在某某会议上 某长 某某 …)
    return _undecorated(s)


@functools.cache
def _decoration() -> re.Pattern[str]:
    """What a site sets after a title on its line and is no part of it: spaces, a table's cell bars,
    brackets holding no Han (or a day), a day, a posting time, a document number in brackets, a
    database's note of what it appends (附:修正本). (Not a bare number: a repost's headline
    with the number after it stands over the document's own title block, which is the title.)"""
    # (or a day of Taiwan's calendar in figures: 111/05/09)
    day = rf"(?:{_DAY}|(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?|1?\d\d/[01]?\d/[0-3]?\d)"
    piece = (rf"\s|[|｜]|[(（【\[]{{1,2}}[^()（）【】\[\]{HAN}]{{0,30}}[)）】\]]{{1,2}}|[(（【\[]{{1,2}}\s*{day}\s*[)）】\]]{{1,2}}"
             rf"|{day}|[(（]\s*(?:{RE_DOC_NUMBER.pattern})\s*[)）]|附\s*[:：]\s*\S{{1,12}}"
             # (a bulletin's place in its series, 某某普查公报(第一号), its footnote's mark already a piece: [1])
             rf"|[(（]\s*第[一二三四五六七八九十\d]{{1,3}}号\s*[)）]"
             # (a site's name after a bar or dash, as a page's <title> ends: …的公告-某某网站, …的通知_某市人民政府)
             rf"|[-_－—–|｜]\s*[^\s。，,:：()（）]{{1,24}}?(?:网站|网|门户|政府|平台|官网|频道|在线|\.com|\.cn)\s*$")
    return re.compile(rf"(?>{piece})++")  # (atomic and possessive: no piece is tried again, the scan stays linear)


@functools.cache
def _form_ends() -> frozenset[str]:
    return frozenset(t[-1] for t in _types())


def _undecorated(s: str) -> str:
    """A title line with what a site set after the title removed (:func:`_decoration`): the
    longest start of the line that names a form and is followed by decoration only. A line that
    names its form at its end, or names none, as it is."""
    if not s or doc_type_of(s) or len(s) > 160:
        return s
    ends = _form_ends()
    for k in range(len(s) - 1, max(3, len(s) - 80), -1):
        if s[k - 1] in ends and _decoration().fullmatch(s, k) and doc_type_of(s[:k]) and _balanced(s[:k]):
            return s[:k].rstrip()
    return s


# a document's number after a space at the end of its title's line
RE_SPACED_NUMBER_AFTER = re.compile(r"[ \u3000]+(?:" + RE_DOC_NUMBER.pattern + r")\s*$")
# a web address and what stands before it on a title's line (an advert a mirror set there: 某某医院 http://x.y/)
RE_ADDRESS_BEFORE = re.compile(r"^[^\n]{0,40}?(?:https?://|www\.)[\x21-\x7e]+\s*")
# an issuing notice's sentence handing down what it issues to its receivers (现将某某办法印发给你们; not
# 转发给你们, which a letter does too: 某卫函 forwarding a 通告)
RE_HANDS_DOWN = re.compile(r"^\s*现将(?P<x>[^。，,;；]{4,80}?)(?:印发|批转)给你们")
# a headline naming the announcement it carries by its serial (某市发布第36号公告, 某某指挥部发布第5号通告)
RE_HEADLINE_SERIAL = re.compile(r"发布(?P<n>第\s*\d{1,5}\s*号)(?:公告|通告)$")
RE_TITLE_DASH_OCCASION = re.compile(r"^(?P<t>\S.{1,40}?)\s*(?:——|—|--)\s*[^\s]{0,16}?(?:日\s*在|在)[^\s]{2,40}?会议上")


# (round 33) an issued title's term on the notice's own line under it (…行动方案 / (2030—2032年)的通知)
RE_TERM_LINE_33 = re.compile(r"^[(（][^()（）]{2,20}[)）]的")


# the title of a record of the Legislative Yuan's sitting or of its committees' (立法院第12届第2会期某某
# 委员会第3次会议纪录; 立法院第12届第2会期第5次会议纪录)
RE_YUAN_SITTING = re.compile(rf"^立法院第\d{{1,2}}届第\d{{1,2}}会期(?P<cs>{_H}[{HAN}、]{{1,60}}?委员会)?第\d{{1,3}}次{_H}{{0,12}}?(?:纪录|议事录|纪要)$")
# a SAR legislature's paper, numbered within its session (立法会CB(2)1527/98-99号)
RE_LEGISLATURE_PAPER = re.compile(rf"(?P<org>{_H}{{2,8}}?[会局])(?:[A-Z]{{1,5}}(?:\(\d\))?)?\d{{1,5}}/\d\d-\d\d号")
# the openings of bodies' names that a title block sets on a line of their own
RE_NAME_OPENING = re.compile(r"中国人民政治协商会议|中国共产党|中国共产主义青年团")
# a body's report of its work titled by the body (某县政协第七届委员会常务委员会工作报告, 某市中级人民法院工作报告)
RE_BODY_REPORT_TITLE = re.compile(rf"^(?P<org>{_H}{{4,40}}?(?:常务委员会|委员会|人民法院|人民检察院))(?:(?:19|20)\d\d年度?)?工作报告$")
# a note of what a document attaches (附件:某某表, 附:某某体系)
RE_ATTACHMENT_NOTE = re.compile(r"^\s*附(?:件)?\s*\d*\s*[:：]")
# a record's title line that opens with its sitting's ordinal (第11次会议纪要), or is the record's form alone
RE_RECORD_LINE = re.compile(r"(?:会议)?(?:纪要|纪录)")
RE_SITTING_LINE = re.compile(r"^第\s*[\d一二三四五六七八九十]{1,4}\s*次")
# the number an item of a text opens with (一、 (一) 1. 1、)
RE_ITEM_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d))")


def _title_candidates(lines: list[str], limit: int, page_title: str | None = None) -> list[tuple[int, str]]:
    """Lines before ``limit`` that read as a document's title (a line ending with a form, or a
    title broken over up to four lines, five after 关于 or 印发: one with 关于 or 印发 completed by the next ones), in
    page order; a fragment (unbalanced brackets) is none."""
    out: list[tuple[int, str]] = []
    skip_to = -1
    flat_title = re.sub(r"\s+", "", page_title) if page_title else None

    def usable(x: str) -> bool:
        # (a breadcrumb path, 首页 > 某栏目 > 某某意见, is none: the title stands on its own line)
        # (nor an item of the text, numbered: 一、办文制度, (一)收文制度, 1.签收; nor a portal's list of
        # links on the subject: 相关办事指南, 相关文件)
        # (a title may open with its survey's ordinal, 第七次全国人口普查公报: not with an article's, 第五条)
        return bool(x) and len(x) <= 120 and not re.search(r"[。:：|｜？?！!]|\s[>＞»]\s", x) \
            and (not x.startswith(("第", "——", "相关")) or bool(RE_SURVEY_ORDINAL.match(x) and doc_type_of(x))
                 or bool(RE_SESSION_TITLE.match(re.sub(r"\s+", "", x)))) \
            and not RE_ITEM_NUMBER.match(x)

    for i in range(limit):
        if i <= skip_to:
            continue
        s = _title_line(lines[i])
        if RE_SAR_NUMBER.fullmatch(s):
            out.append((i, s))  # an act named by its number (第98/2000号行政长官批示)
            continue
        if RE_SAR_NUMBER.fullmatch(_strip_title(s)):
            out.append((i, _strip_title(s)))  # (the year of the version a site shows: 第3/1999号法律 (2022年))
            continue
        if i and doc_type_of(s) and (usable(s) or (s.startswith("第") and usable(s[1:]))) and RE_NAME_OPENING.fullmatch(re.sub(r"\s+", "", _title_line(lines[i - 1]))):
            # a title broken after the opening of its body's name (中国人民政治协商会议 / 第七届某县委员会…工作报告)
            out.append((i, re.sub(r"\s+", "", _title_line(lines[i - 1])) + s))
            continue
        if i and (RE_SITTING_LINE.match(s) or RE_RECORD_LINE.fullmatch(s)) and doc_type_of(s) and usable(prev := _title_line(lines[i - 1])) \
                and RE_ISSUER_FULL.fullmatch(re.sub(r"\s+", "", prev)):
            # a meeting's record titled over two lines, its body then its sitting (某某委员会 / 第11次会议纪要)
            out.append((i, prev + s))
            continue
        if not usable(s) or RE_CONTENTS_HEADING.fullmatch(s):
            continue  # (a code's table of contents, 目 录 over its chapters, names no form: 目录 is a catalogue's)
        if doc_type_of(s):
            prev = _title_line(lines[i - 1]) if i else ""
            if (prev and usable(prev) and not find_doc_number(prev) and "关于" not in prev and _lead_place(prev)
                    and (re.match(r"^(?:和|及|与|暨)", s) or s.startswith(_types()))):
                # a place's title broken before its conjunction or its form (某县…第十四个五年规划 /
                # 和二〇三五年远景目标纲要; 某县…第十四个五年 / 规划和…纲要): one title
                out = [(k, c) for k, c in out if k != i - 1]
                s = prev + s
            # (a 关于 line without its 的 is a title broken at a word that is a form too, read on: 关于某省
            # 2021年某某计划 / 执行情况与…计划 / 的报告)
            broken = s.startswith("关于") and "的" not in s and i + 1 < limit and bool(doc_type_of(s + _title_line(lines[i + 1])) or any(
                doc_type_of(_title_line(lines[j])) for j in range(i + 1, min(limit, i + 3))))
            if _balanced(s) and not broken:
                out.append((i, s))
                continue
            if s.count("《") <= s.count("》") and not broken:
                continue
            # (a quoted name's form before its close, 《某某行动计划 / (2023—2025年)》的通知: read on)
        if flat_title and i + 1 < limit and len(s) >= 4 and re.sub(r"\s+", "", s) in flat_title:
            # a headline the page gives whole elsewhere, broken here over lines
            joined = s
            for j in range(i + 1, min(limit, i + 4)):
                nxt = _title_line(lines[j])
                if not usable(nxt) or re.sub(r"\s+", "", joined + nxt) not in flat_title:
                    break
                joined += nxt
                if doc_type_of(nxt):
                    out.append((j, joined))
                    skip_to = j
                    break
            if skip_to >= i:
                continue
        # (a title the page lost the head of, broken inside the name it quotes: 《某市…行动计划 /
        # (2023—2025年)》的通知)
        if re.search("关于|印发|转发", s) or s.count("《") > s.count("》"):
            joined = s
            if i and s.startswith("关于") and RE_SESSION_NAME.fullmatch(re.sub(r"\s+", "", _title_line(lines[i - 1]))):
                joined = re.sub(r"\s+", "", _title_line(lines[i - 1])) + s  # (a session's title over its 关于: 某镇第十七届人民代表大会第二次会议 / 关于…的决议)
            for j in range(i + 1, min(limit, i + 5)):  # (a long issued title: up to five lines)
                nxt = _title_line(lines[j])
                after_verb = bool(re.search(r"(?:印发|转发|批转)$", joined))
                # (or after the bodies whose document it forwards: 转发某厅等部门 / 关于…的意见的通知)
                after_verb = after_verb or bool(RE_FORWARDED_BODIES.search(joined))
                # (a line of the title may open with an ordinal, 第十四个五年规划, not a number's 第5号)
                cont = usable(nxt) or (nxt.startswith("第") and usable(nxt[1:]) and not re.match(
                    r"^第\s*[\d〇一二三四五六七八九十百零]+\s*(?:号|期|次|页|章|条|节|届)", nxt))
                if (not cont or len(nxt) > 60 or find_doc_number(nxt)
                        or ("关于" in re.sub(r"《[^》]*》?", "", nxt) and not after_verb)):
                    break
                joined += nxt
                if doc_type_of(nxt):
                    # (an issued title's form, …规划, under 关于印发, before the notice's own line: …纲要的通知)
                    if (j + 1 < min(limit, i + 5) and re.search(r"关于(?:印发|转发|批转)", joined)
                            and (re.match(r"^(?:和|及|与|暨)", _title_line(lines[j + 1]))
                                 or RE_TERM_LINE_33.match(_title_line(lines[j + 1])))
                            and re.search(r"的(?:通知|决定|通告|公告|批复)$", _title_line(lines[j + 1]))):
                        continue
                    if _balanced(joined):
                        out.append((j, joined))
                        skip_to = j
                    break
    return out


# a statistical bulletin's masthead glued into its text (1、-1-某省2024年…统计公报1某省统计局国家统计局某省调查总队
# 2025年3月24日2024年是…): the page's marks, the title, a page number, the bodies, the day, the text
RE_BULLETIN_BODY = re.compile(rf"国家统计局{_H}{{1,10}}?(?:调查总队|调查队)|{_H}{{2,20}}?(?:统计局|调查总队|调查队)")
RE_GLUED_BULLETIN = re.compile(rf"^[\d\s、.．\-—]*(?P<t>{_H}[^。,，:：]{{4,60}}?统计公报)\s*\d{{0,3}}\s*"
                               rf"(?P<orgs>(?:{_H}{{2,20}}?(?:统计局|调查总队|调查队)\s*){{1,3}})"
                               r"(?P<d>(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?P<rest>\S.+)$")


# a plan's title and its note of adoption glued to its text, a page mark maybe before it (1某某规划纲要(2031年1月
# 19日某某第十届人民代表大会第六次会议通过)“十五五”时期…)
RE_GLUED_PLAN = re.compile(rf"^\d{{0,3}}\s*(?P<t>{_H}[^()（）。,，:：]{{4,80}}?(?:纲要|规划))\s*"
                           rf"(?P<n>[(（][^()（）]{{8,60}}?(?:通过|批准)[)）])\s*(?P<rest>\S.+)$")
# the label of a portal's classification cell (主题分类, 公文类型, 体裁分类, 主题词), alone or before its value
# (or its labels of how and where the page is disclosed: 公开目录, 公开程序, 公开方式)
RE_CLASS_LABEL = re.compile(rf"(?:{_H}{{0,4}}(?:分类|类型|类别|主题词|文种|体裁)|公开(?:目录|程序|方式|范围|形式))(?:\s*[:：]?\s+|\s*[:：]|$)")
# a central ministry's or commission's name as a law database sets it under a title (信息产业部, 国家某某委员会)
RE_CENTRAL_BODY = re.compile(rf"(?:国家|中国|国务院)?{_H}{{1,10}}?(?:部|总局|委员会|署)")
# an entry of a gazette's contents: a document's number, leader dots, its page
RE_CONTENTS_ENTRY = re.compile(rf"(?:{RE_DOC_NUMBER.pattern})\s*[)）]?\s*(?:…|\.|·){{3,}}\s*\d{{1,4}}\s*$")
# a meeting record's field of its time, the day first (时 间 中华民国113年5月30日(星期四)9时; 1、开会时间:…)
RE_MEETING_TIME = re.compile(r"^\s*(?:\d+\s*[、.．]\s*)?(?:开会|会议)?时[ \u3000]*间\s*[:：]?\s*"
                             r"(?P<d>(?:中华)?民国[\s\d一二三四五六七八九十百〇零]{1,12}年[\s\d一二三四五六七八九十]{1,6}月[\s\d一二三四五六七八九十]{1,6}日"
                             r"|(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
RE_GAZETTE_NOTE = re.compile(r"[(（]\s*(?P<n>[^()（）\s]{3,30}?号)\s*(?P<d>[^()（）\s]{1,6}年[^()（）\s]{1,3}月[^()（）\s]{1,3}日)\s*[)）]")
# a statistics body, the maker of a release of figures (国家统计局, 某市统计局, 国家统计局某调查总队, 统计暨普查局)
# (or a census's leading group's office, which releases the census's bulletins with the bureau: 某县第七次全国人口普查领导小组办公室)
RE_STATS_BODY = re.compile(rf"{_H}{{0,14}}?(?:统计局|调查总队|调查队|统计暨普查局|统计处)|{_H}{{0,10}}?第[一二三四五六七八九十]{{1,2}}次全国{_H}{{2,6}}?普查领导小组办公室")
# where a release names its body: its tag before the headline ([国家统计局]…), its line alone under it, its opening
RE_STATS_NAMED = re.compile(rf"^(?:[\[【［](?P<org>{_H}{{2,16}})[\]】］]|(?P<o2>{_H}{{2,16}})(?:资料显示|数据显示|今天发布|今日发布)|(?P<o3>{_H}{{2,16}})$)")
# a release's sentence making its figures public (现将2020年11月1日零时我县人口的基本情况公布如下)
RE_RELEASES_AS = re.compile(r"现(?:将|予)[^。]{0,60}?(?:公布|发布)如下")
# a share in a text of figures (8.7%, 116.1%)
RE_SHARE = re.compile(r"\d(?:\.\d+)?\s*[%％]")
# the ordinal of a national survey or census a bulletin's title opens with (第七次全国人口普查, 第三次全国国土调查)
RE_SURVEY_ORDINAL = re.compile(r"^第[一二三四五六七八九十]{1,3}次全国")
# a title block's line that ends with the salutation (…的通知 各市某局:)
RE_RUN_SALUTATION = re.compile(r"^(?P<head>.{6,200}?)[ \u3000]+(?P<sal>各[^\s:：。]{1,80}[:：])$")


# a day broken after its year, as a PDF's lines give it (2031 / 年2月10日)
RE_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
RE_DAY_AFTER_YEAR = re.compile(r"年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _rejoined_notes(lines: list[str]) -> list[str]:
    """The lines, with a bracketed note broken over two joined into one ((某日某市第十六届 /
    人民代表大会第五次会议通过) -> one line)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        x = lines[i].strip()
        if (i + 1 < len(lines) and x[:1] in "(（" and len(x) <= 60 and not re.search(r"[)）]", x)
                and re.fullmatch(r"[^()（）]{1,40}[)）]", nxt := lines[i + 1].strip())):
            out.append(x + nxt)
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


def _rejoined_days(lines: list[str]) -> list[str]:
    """The lines, with a year alone on a line joined to the month and day on the next (2031 /
    年2月10日 -> 2031年2月10日), and a bracketed note broken over two lines made one."""
    if any(x[:1] in "(（" for x in lines[:12]):
        lines = _rejoined_notes(lines[:12]) + lines[12:]
    if not any(RE_YEAR_ALONE.fullmatch(x.strip()) for x in lines):
        return lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and RE_YEAR_ALONE.fullmatch(lines[i].strip()) and RE_DAY_AFTER_YEAR.fullmatch(lines[i + 1].strip()):
            out.append(lines[i].strip() + lines[i + 1].strip())
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


# a document library's transcript of a file, its lines lost: a label or an item's number, then the number,
# the title and the salutation glued to the text (文档介绍:某府发〔2031〕2号某区人民政府关于…的通知各街道办事处…:为…)
# (or a journal database's mark of the text's start, <正>)
RE_GLUED_LABEL = re.compile(r"^(?:(?:文档介绍|内容简介|文档简介|简介|正文)\s*[:：]|\d{1,2}[、.．]|<正>)\s*")
# (a number whose brackets the transcript lost: 某教函203111号)
RE_GLUED_NUMBER = re.compile(rf"{_H}{{1,10}}(?:19|20)\d\d\d{{1,4}}号")
RE_GLUED_SALUTATION = re.compile(r"各[^。:：]{1,80}?[:：]")


def _glued_title_block(x: str) -> list[str] | None:
    """The lines of a title block glued to its text (:data:`RE_GLUED_LABEL`): ``[number, title,
    salutation, text]`` (no number where it shows none), when a title of a body's 关于…的 a form
    names runs right into a salutation; None for any other line."""
    lab = RE_GLUED_LABEL.match(x)
    start = lab.end() if lab else 0
    for m in re.finditer("各", x[start : start + 260]):
        head = x[start : start + m.start()]
        sal = RE_GLUED_SALUTATION.match(x, start + m.start())
        if "。" in head or sal is None:
            continue
        num = RE_DOC_NUMBER.match(head) or RE_GLUED_NUMBER.match(head)
        title = head[num.end() :].strip() if num else head.strip()
        if re.match(rf"^{_H}{{2,40}}?关于", title) and doc_type_of(title) and title.endswith(doc_type_of(title)):
            rest = x[sal.end() :].strip()
            return ([num.group().strip()] if num else []) + [title, sal.group(), *([rest] if rest else [])]
        if num and not title and lab:
            # (its title lost, the number alone before the salutation: <正>某政办发[2031]1号各市人民政府:…)
            rest = x[sal.end() :].strip()
            return [num.group().strip(), sal.group(), *([rest] if rest else [])]
    return None


def _title_before_fields(x: str) -> str | None:
    """The title a table's fields are glued to on one line (``某某条例制定机关: …公布日期: …``): the
    text before the first of two or more glued labels, where it names a form; None otherwise."""
    if x.count(":", 0, 400) + x.count("：", 0, 400) < 2:
        return None
    _labels, pattern = _field_labels()
    ms = [m for m in pattern.finditer(x[:400]) if m.group("glued")]
    if len(ms) < 2 or ms[0].start() < 6:
        return None
    head = x[: ms[0].start()]
    return head if "。" not in head and doc_type_of(head.strip()) else None


def _unrun(lines: list[str]) -> list[str]:
    """A title block run on one line with the text (a forum's post: 某县…统计公报 某县统计局
    (2022年4月28日) 2021年是…。): its short pieces before the first sentence, from a title that
    names a form, as lines of their own. Other lines as they are."""
    for i, x in enumerate(lines[:3]):
        # (a law database's record flattened to one line, the title glued to its first label: 某某条例
        # (2006年修正本)制定机关: 某某…公布日期:…: the title a line of its own)
        if (head := _title_before_fields(x)) is not None:
            return lines[:i] + [head, x[len(head) :]] + lines[i + 1 :]
        # (a title block run on with its salutation, as a PDF's text gives it: 某号 某厅 关于印发…的通知
        # 各市某局: the salutation a line of its own)
        if "。" not in x and (m := RE_RUN_SALUTATION.match(x)) and doc_type_of(m.group("head")) \
                and RE_SALUTATION.match(m.group("sal")):
            return lines[:i] + [m.group("head").strip(), m.group("sal")] + lines[i + 1 :]
        if "。" not in x:
            continue
        if len(x) >= 100 and (glued := _glued_title_block(x)):
            return lines[:i] + glued + lines[i + 1 :]
        pieces = x.split()
        lead = list(itertools.takewhile(lambda p: "。" not in p and len(p) <= 60, pieces))
        # (the whole title block run on with the text, its salutation among the short pieces: 某号 某办公室
        # 关于印发《…》 的通知 各区人民政府,市政府各部门: 经研究,…)
        sal = next((k for k, p in enumerate(lead) if k and RE_SALUTATION.match(p)), None)
        if sal is not None and doc_type_of(" ".join(lead[:sal])):
            return lines[:i] + [" ".join(lead[:sal]), lead[sal], " ".join(pieces[sal + 1 :])] + lines[i + 1 :]
        if len(x) < 200:
            continue
        # (a bulletin's masthead glued into its text, as a PDF's text gives it: its page mark, title, page
        # number, bodies and day, then 2024年是…)
        if (m := RE_GLUED_PLAN.match(x)) is not None and doc_type_of(m.group("t")) in ("纲要", "规划"):
            # (a plan's cover glued into its text: its page mark, title and note of adoption, then 某某时期是…)
            return lines[:i] + [m.group("t"), m.group("n"), m.group("rest")] + lines[i + 1 :]
        if (m := RE_GLUED_BULLETIN.match(x)) is not None:
            bodies = [b.group() for b in RE_BULLETIN_BODY.finditer(m.group("orgs"))]
            if "".join(bodies) == re.sub(r"\s+", "", m.group("orgs")):
                return lines[:i] + [m.group("t").strip(), *bodies, m.group("d"), m.group("rest")] + lines[i + 1 :]
        # (a bulletin's title alone before its text: 某县…统计公报 2023年,全县…; a body's whole title,
        # 某局关于…的通告 为配合…)
        alone = bool(lead) and (doc_type_of(lead[0]) == "公报" or bool(re.match(rf"^{_H}{{2,40}}?关于", lead[0])))
        if (len(lead) >= 2 or alone) and len(lead) < len(pieces) and doc_type_of(lead[0]):
            return lines[:i] + lead + [" ".join(pieces[len(lead):])] + lines[i + 1:]
    return lines


RE_OPENING_BODY = re.compile(rf"{_H}{{2,20}}?(?:人民政府|政府|办公厅|办公室|委员会|总局|检察院|法院|局|厅|部|署)(?={_H})")


def _posted_body_title(title: str, under: list[str]) -> bool:
    """A title that opens with its body's placed name (某市人民检察院某某办法), right over a
    portal's posting line (时间:2015-03-13 作者: …): a body's own document on its own portal."""
    m = RE_OPENING_BODY.match(title)
    return bool(m and under and RE_POSTING_LINE.search(under[0]) and RE_POSTED.search(under[0])
                and not re.match(r"^[省市县区]", m.group()) and issuer_place(m.group(), shape=False)[0])


def _issued_heading(heading: str, title: str) -> bool:
    """``heading`` is the title of the document ``title`` issues (某某计划 under 关于印发某某计划的通知),
    spaces aside."""
    inner = re.sub(r"\s+", "", _strip_title(heading)).strip("《》")
    flat = re.sub(r"\s+", "", title)
    if len(inner) < 6 or inner == flat:
        return False
    if "印发" + inner in flat or "《" + inner in flat or "转发" + inner in flat:
        return True
    # (or its name as the notice gives it with words of its own between, 印发某县"十四五"某某规划 over
    # 某县某某规划: the same opening, the same form)
    verb = max(RE_ISSUING_VERB.finditer(flat), key=lambda v: v.start(), default=None)
    return bool(verb) and flat.startswith(inner[:3], verb.end()) and inner[-6:] in flat[verb.end() :] \
        and doc_type_of(inner) is not None and doc_type_of(inner) == issued_type_of(title)


def _speaker_government(lines: list[str]) -> str | None:
    """The government a report's speaker names in speaking for it (我代表某市人民政府向大会报告工作), its
    place's name in it; None otherwise (a bare rank, 我代表县人民政府, names none)."""
    from .issuer_evidence import RE_BARE_RANK

    for x in lines:
        m = RE_SPEAKER_BODY.search(x)
        if m and not RE_BARE_RANK.fullmatch(m.group("org")) and _split_issuers(m.group("org")) == [m.group("org")] \
                and issuer_place(m.group("org"), shape=False)[0]:
            return m.group("org")
    return None


def _placed_rank(org: str, lines: list[str]) -> str | None:
    """A rank's government named without its place (自治区人民政府), placed by the congress the
    report is given to (在某自治区第十三届人民代表大会第三次会议上): that place's; None otherwise."""
    from .issuer_evidence import RE_BARE_RANK, RE_CONGRESS_OCCASION, rank_placed

    rank = RE_BARE_RANK.fullmatch(org)
    return rank_placed(rank, next((m for x in lines if (m := RE_CONGRESS_OCCASION.search(x))), None) if rank else None)


def _organised(rest: str) -> bool:
    from .issuer_evidence import RE_ORGANISED

    return bool(RE_ORGANISED.match(rest))


def _head_ends_word(han: str, k: int) -> bool:
    from .issuer_evidence import _ends_word

    return _ends_word(han, k)


def _title_body(title: str) -> str | None:
    from .issuer_evidence import title_body

    return title_body(title)


def _has_news_verb(title: str) -> bool:
    """A headline that reports a document: a news verb right after its subject (某省出台…办法;
    not 某某信息发布管理办法, where 发布 is part of what the document governs)."""
    head = re.sub(r"《[^》]*》", "", title)
    m = RE_NEWS_VERB.search(head)
    if m is None or "关于" in title:
        return False
    if m.group() in ("印发", "发布", "公布") and RE_NOTICE_OF_ISSUING.search(title):
        return False  # (a notice's title without its 关于, the verb what it does: 某部印发《某某表》的通知, 公布某某名单的通知)
    subject = head[: m.start()].strip(" :：")
    # the verb's subject: a short name (我省, 北京), a body (某市人民政府办公厅), a place
    return len(subject) <= 4 or bool(RE_ISSUER_FULL.fullmatch(subject)) or subject.endswith(("省", "市", "县", "区", "州"))


RE_SPACED_RUN = re.compile(rf"(?<=[{HAN}（）()《》“”,，、。:：])[ \u3000](?=[{HAN}（）()《》“”,，、。:：])")


RE_LATIN_LEAD = re.compile(r"^[A-Za-z][A-Za-z ,.&'’-]{2,60}(?=[\u4e00-\u9fff])")


def _salutation_unglued(lines: list[str]) -> list[str]:
    """The lines, with a run of English words glued before a salutation (a bilingual portal's
    column name, Policies and regulations各区人民政府:) removed from its line (the first 60)."""
    for i, x in enumerate(lines[:60]):
        if x[:1].isascii() and x[:1].isalpha() and (m := RE_LATIN_LEAD.match(x)) and RE_SALUTATION.match(x[m.end() :]):
            lines = lines[:i] + [x[m.end() :]] + lines[i + 1 :]
    return lines


def _unmarked(s: str) -> str:
    """A line stripped, with a run of a lost encoding's marks at its end or start removed (某省人民政府????)."""
    # (and a run at its start, the indent a lost encoding turned into marks: ??2018年5月14日)
    s = s.strip()
    if "?" not in s and "？" not in s and "\ufffd" not in s:
        return s  # (most lines: no mark to remove, no regex to run)
    return re.sub(r"^[?？\ufffd]{2,}|[?？\ufffd]{2,}$", "", s).strip()


def _spaced_signatures(lines: list[str]) -> list[str]:
    """The lines, with a body's short name spaced out over its day (a signature: 办 公 室 / 2031年3月22日)
    written without its spaces."""
    out = list(lines)
    for i in range(len(out) - 1):
        tokens = out[i].split()
        if len(tokens) == 3 and all(len(t) == 1 for t in tokens) and RE_ISSUER_FULL.fullmatch("".join(tokens)) \
                and is_date_line(out[i + 1]):
            out[i] = "".join(tokens)
    return out


def _despaced(s: str) -> str:
    """A line spaced out character by character (海 岸 公 园 规 例, a site's letter-spacing) with
    the spaces between its characters removed; any other line as it is."""
    tokens = s.split()
    if len(tokens) < 4 or sum(len(t) == 1 for t in tokens) < 0.7 * len(tokens):
        return s
    return RE_SPACED_RUN.sub("", s)


# a note of adoption under a regulation's title: its day, the adopting congress (its place, its term,
# its body) and its sitting ((2031年5月6日某省第十九届人民代表大会常务委员会第八次会议通过))
RE_ADOPTING_BODY_30 = re.compile(
    r"[(（]\s*(?P<d>" + _DAY_SP + r")\s*(?P<place>" + _H + r"{2,12}?(?:省|自治区|市|自治州|州|盟|县|自治县|旗|区))"
    r"第[一二三四五六七八九十]{1,3}届(?P<body>人民代表大会(?:常务委员会)?)第[一二三四五六七八九十]{1,3}次(?:全体)?会议"
    r"(?:审议|审查)?(?:通过|批准)\s*[)）]")
# the signature of a government's head and the day on one line, under an order's text
# (自治区主席 某 某 2031年3月4日, 省长 某某 2031年1月2日)
RE_HEAD_SIGNED_30 = re.compile(r"(?:(?:自治区|省|市|县|区|州|旗)?(?:代理|代)?(?:省长|市长|县长|区长|州长|旗长|主席|盟长))\s*"
                               rf"(?:{_H}\s?){{2,4}}\s+(?P<d>{_DAY_SP})")
# a forum's tag of its board before a thread's heading ([某省] 2031年某区政府工作报告)
RE_FORUM_TAG_30 = re.compile(r"^\s*[\[【][^\]】\s]{1,6}[\]】]\s*")
# a body named in brackets on a line of its own (（某县统计局）)
RE_BRACKET_SIGN_30 = re.compile(rf"[(（]\s*(?P<org>{_H}{{2,30}}?{_HEADS})\s*[)）]")
# a town's or a subdistrict's name opening a body's name (某某镇人民政府, 某某街道办事处, 某某乡…)
# (not 城乡, 城镇, 乡镇 of a city's bureau: 某市城乡建设局, 某市乡镇企业局)
RE_TOWN_BODY_30 = re.compile(rf"(?!城乡|城镇|乡镇){_H}{{1,4}}?(?:镇|(?<!城)乡(?!镇)|街道)(?:人民政府|政府|办事处|党委|{_H}{{0,12}}?{_HEADS})")
# a town's or a township's bare name (某某镇, 某某乡, 某某街道)
RE_TOWN_NAME_30 = re.compile(rf"(?!城乡|城镇|乡镇){_H}{{1,4}}(?:镇|乡|街道)")
# a division of the Xinjiang Production and Construction Corps and the city it runs as one (师市合一:
# 新疆生产建设兵团第五师某某市统计局, 兵团第八师某某局)
RE_CORPS_DIVISION_30 = re.compile(rf"兵团第[一二三四五六七八九十]{{1,3}}师(?P<city>{_H}{{2,4}}?市)?")
# a portal's field line under a title (访问量：12, 关联稿件：, 图文解读：《…》 2031-07-12): a short label and its colon
RE_CHROME_FIELD_30 = re.compile(r"[\u4e00-\u9fff]{2,5}[:：]")
# a government's office named without its place (政府办公室, 人民政府办公室, 政府办)
RE_PLACELESS_GOV_30 = re.compile(r"(?:人民)?政府(?:办公室|办公厅|办)?")
# a disclosure table's label on a line of its own, its value on the next (a saved portal's <dl>/<dd>
# or <label> cells read line by line: 发文日期： / 2031-04-18)
RE_LABEL_ALONE_30 = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,7}[:：]")


def _page_county_30(text: str) -> list[str]:
    """``[province, city]`` of the county ``text`` names most (names of three characters or more),
    where the gazetteer places that name once; else ``[]``."""
    seen = Counter({c: text.count(c) for c in _counties() if len(c) >= 3 and c in text})
    best = seen.most_common(1)
    seats = _counties()[best[0][0]] if best else ()
    return list(seats[0]) if len(seats) == 1 else []


def _spoken_county_33(text: str) -> str | None:
    """(round 33) The county a report spoken for the bare rank's government (我代表县人民政府)
    names by its bare name (某某发展史上, 赋予某某…): the county of the gazetteer whose name, its
    县 left out, the text names most, at least twice and more than any other, where the gazetteer
    places that name once; else None."""
    flat = re.sub(r"\s+", "", text)
    seen = Counter({c: flat.count(c[:-1]) for c in _counties() if c.endswith("县") and len(c) >= 3
                    and not c.endswith("自治县") and c[:-1] in flat})
    best = seen.most_common(2)
    if not best or best[0][1] < 2 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    return best[0][0] if len(_counties()[best[0][0]]) == 1 else None


# (round 35) a Taiwan letter's heading: its body, its day in Taiwan's calendar with dots, its number
# and the form 函 (某部108.10.3某授某字第1080000000号函; 某部函 76.05.22.台某字第5000000号)
RE_ROC_LETTER_35 = re.compile(rf"(?P<org>{_H}{{1,20}}?{_HEADS})(?P<f1>函)?\s*(?P<y>1[0-4]\d|[3-9]\d)\.(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])\.?\s*"
                              rf"(?P<num>{_H}{{1,10}}字第\s*\d{{3,12}}\s*号)\s*(?P<f2>函)?")


# (round 35) a Taiwan 公告 (函, 令) kept as a record run on one line: its body and form, then its
# labelled 发文日期 (Taiwan's calendar) and 发文字号, then its 主旨 (某院某会 公告 发文日期:111年1月2日 发文字号:某字第…号 主旨:…)
RE_ROC_LABELLED_35 = re.compile(rf"^(?P<org>{_H}{{2,20}}?{_HEADS})\s*(?P<form>公告|函|令)\s*发\s*文\s*日\s*期\s*[:：]\s*(?:(?:中华)?民国)?\s*"
                                rf"(?P<y>\d{{2,3}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日\s*发\s*文\s*字\s*号\s*[:：]\s*"
                                # (its attachment's field between its number and its subject: 附件:如文(….doc))
                                rf"(?P<num>{_H}{{1,12}}字第\s*\d{{3,12}}\s*号)\s*(?:附\s*件\s*[:：][^。:：]{{0,120}}?\s*)?(?:{_H}\s*)?"
                                r"主\s*旨\s*[:：](?P<subject>[^。]*)")


# a gazette's reference to the letter (order) it prints, in brackets under the item's subject: its body
# and form, its day in Taiwan's calendar and its number ((某院函 中华民国105年9月30日院台某字第…号))
RE_ROC_GAZETTE_REF = re.compile(rf"^[(（]\s*(?P<org>{_H}{{2,20}}?{_HEADS})\s*(?P<form>函|令)\s*(?:中华)?民国\s*"
                                rf"(?P<y>\d{{2,3}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日\s*"
                                rf"(?P<num>{_H}{{1,12}}字第\s*\d{{3,14}}\s*号)\s*[)）]$")


def _roc_labelled_35(lines: list[str]) -> tuple[str, str, str | None, str, bool] | None:
    """(round 35) A Taiwan record run on one line among the first lines: ``(body, form, day, number,
    in force that day)``, the last where its 主旨 puts it in force at once (并自即日生效); or a gazette's
    reference to the letter it prints (:data:`RE_ROC_GAZETTE_REF`); None without one."""
    from ..layout import parse_date

    for x in lines[:6]:
        m = RE_ROC_LABELLED_35.match(x.strip())
        if m and RE_ISSUER_FULL.fullmatch(m.group("org")):
            day = parse_date(f"{int(m.group('y')) + 1911}年{int(m.group('m'))}月{int(m.group('d'))}日")
            today = bool(re.search(r"自即日起?\s*(?:生效|施行|实施)", m.group("subject")))
            return m.group("org"), m.group("form"), day, re.sub(r"\s+", "", m.group("num")), today
    for x in lines[:8]:
        m = RE_ROC_GAZETTE_REF.match(x.strip())
        if m and RE_ISSUER_FULL.fullmatch(m.group("org")):
            day = parse_date(f"{int(m.group('y')) + 1911}年{int(m.group('m'))}月{int(m.group('d'))}日")
            return m.group("org"), m.group("form"), day, re.sub(r"\s+", "", m.group("num")), False
    return None


# (round 35) a county magistrate's (a mayor's) policy report to the council, its occasion and its
# speaker's team in the opening lines (今天是某某县议会第20届第2次定期大会,某某率县府团队…进行施政报告)
RE_COUNCIL_OCCASION_35 = re.compile(rf"(?P<place>{_H}{{2,4}}?[县市])议会第\s*[\d一二三四五六七八九十]{{1,3}}\s*届第\s*[\d一二三四五六七八九十]{{1,3}}\s*次(?:定期|临时)?(?:大会|会议)")
RE_TEAM_REPORT_35 = re.compile(r"率(?P<rank>[县市])府(?:团队|同仁|各局处首长)[^。]{0,16}?施政报告")


def _council_report_35(lines: list[str]) -> str | None:
    """(round 35) The government a policy report to a council speaks for, where its opening lines give
    the council's session and the report of the speaker's team (某县政府); None without them."""
    flat = "".join(x.strip() for x in lines[:4])
    m, t = RE_COUNCIL_OCCASION_35.search(flat), RE_TEAM_REPORT_35.search(flat)
    if not (m and t and m.group("place").endswith(t.group("rank"))) or _reported_on(lines[:4]):
        return None
    # (the place as the gazetteer knows it, the words before it cut off: 今天是某某县 -> 某某县)
    table = _places()[0]
    place = next((m.group("place")[k:] for k in range(len(m.group("place")) - 2) if m.group("place")[k:] in table), None)
    return place + "政府" if place else None


def _roc_letter_heading_35(lines: list[str]) -> tuple[str, str, str] | None:
    """(round 35) The heading line of a Taiwan letter among the first lines, the next line its 说明:
    ``(body, day, number)``; None without one."""
    for i, x in enumerate(lines[:16]):
        m = RE_ROC_LETTER_35.fullmatch(x.strip())
        # (over its 说明, or among the page's first lines over no sentence: a law database's record that opens with it)
        if m and (m.group("f1") or m.group("f2")) and (i < 3 and (i + 1 == len(lines) or "。" not in lines[i + 1]) or i + 1 < len(lines) and re.match(r"^说\s*明\s*[:：]", lines[i + 1].strip())) and RE_ISSUER_FULL.fullmatch(m.group("org")):
            day = f"{int(m.group('y')) + 1911:04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
            return m.group("org"), day, re.sub(r"\s+", "", m.group("num"))
    return None


# A Hong Kong legislature's paper: its agenda (议程), its minutes (会议纪要), a committee's discussion
# paper (讨论文件) or its record of decisions (决定的纪录), read from how the council's papers are laid
# out: the council's masthead, the committee's heading, the meeting's 日期 line and the secretariat's
# signature over its day (立法会秘书处 / 议会事务部2 / 某日)
RE_HK_LEGISLATURE = re.compile(r"立法会秘书处|议会事务部|临立会|临时立法会|立法局|立法会\s*CB\s*\(|(?<![A-Za-z])(?:FCR|PWSC|ECI?)\s*\(\d|内务委员会|事务委员会|人事编制小组委员会|工务小组委员会|财务委员会")
RE_LEGCO_FORM = re.compile(rf"^(?P<org>{_H}{{0,40}}?)(?:特别|第\d{{1,3}}次)?(?:会议)?(?:(?P<agenda>(?:修订)?议程(?:[(（]修订本[)）])?)|(?P<minutes>会议纪要)|(?P<paper>讨论文件)(?P<n>[A-Z]{{2,5}}\(\d\d(?:\d\d)?-\d\d(?:\d\d)?\)\d{{1,3}})?|(?P<record>决定的纪录))$")
RE_LEGCO_SERIAL = re.compile(r"^(?P<n>(?:FCR|PWSC|ECI?)\(\d\d(?:\d\d)?-\d\d(?:\d\d)?\)\d{1,3})$")
RE_LEGCO_ESC = re.compile(r"^(?P<o>临立会|立法会)\s*(?P<c>[A-Z]{2,5}(?:\(\d\))?)\s*(?P<k>\d{1,4})\s*号文件$")
RE_LEGCO_MASTHEAD = re.compile(r"^(?:临时)?立法[会局]$")
RE_LEGCO_SECRETARIAT = re.compile(r"^(?:临时)?立法会秘书处$")
RE_MEETING_DAY = re.compile(rf"^日\s*期\s*[:：|｜\s]*(?P<d>{_DAY})")


# a body's yearly report on its disclosure of information (政府信息公开条例 art. 49), named by its title or
# its opening sentence: 某镇2020年政府信息公开工作年度报告; 现公布2018年某市统计局政府信息公开工作年度报告;
# 由某区统计局编制的2018年度政府信息公开年度报告
_DISCLOSURE_REPORT = r"(?:(?:19|20)\d\d年度?)?(?:政府)?信息公开(?:工作)?年度报告"
RE_DISCLOSURE_REPORT = re.compile(rf"^(?P<org>{_H}{{2,40}}?){_DISCLOSURE_REPORT}")
RE_DISCLOSURE_PUBLISHED = re.compile(rf"(?:现公布|由)(?:(?:19|20)\d\d年度?)?(?P<org>{_H}{{2,30}}?)(?:编制的)?{_DISCLOSURE_REPORT}")


def _disclosure_report(title: str | None, body: list[str]) -> str | None:
    """The body whose yearly report on its disclosure of information the page is, by its title or its
    opening lines (see :data:`RE_DISCLOSURE_REPORT`), or None."""
    for x in ([title] if title else []) + body[:3]:
        x = re.sub(r"\s+", "", x)
        m = RE_DISCLOSURE_REPORT.match(x) or RE_DISCLOSURE_PUBLISHED.search(x[:200])
        if m and (is_issuer_line(m.group("org")) or RE_TOWN_NAME_30.fullmatch(m.group("org"))):
            return m.group("org")
    return None


# a Macau Legislative Assembly committee's opinion on a bill, numbered in the legislature's term
# (第一常设委员会 / 第1/II/2004号意见书)
RE_LA_OPINION = re.compile(r"^第\d{1,3}/(?:[IVX]{1,5}/)?(?:19|20)[\dlO]{2}号(?P<form>意见书)$")  # (a year's digit mistyped as a letter: 200l)


def _la_opinion(lines: list[str]) -> dict | None:
    """The form, committee and number of a Macau Legislative Assembly committee's opinion, else None."""
    head = [re.sub(r"\s+", "", x) for x in lines[:8]]
    at = next((k for k, x in enumerate(head) if RE_LA_OPINION.fullmatch(x)), None)
    if at is None:
        return None
    org = next((x for x in reversed(head[:at]) if x), "")
    return {"form": "意见书", "issuers": [org] if org.endswith("委员会") else [], "signed": None, "number": head[at]}


def _legco_paper(lines: list[str], every: list[str]) -> dict | None:
    """The form, bodies, day and number of a Hong Kong legislature's paper (see :data:`RE_LEGCO_FORM`),
    or None for any other page."""
    head = [re.sub(r"\s+", "", x) for x in lines[:14]]
    at = next((k for k, x in enumerate(head) if (m := RE_LEGCO_FORM.match(x)) and (m.group("org") == "" or m.group("org").endswith("委员会"))), None)
    if at is None or not RE_HK_LEGISLATURE.search("\n".join(head + [re.sub(r"\s+", "", x) for x in every[-8:]])):
        return None
    m = RE_LEGCO_FORM.match(head[at])
    form = "议程" if m.group("agenda") else "纪要" if m.group("minutes") else "文件" if m.group("paper") else "纪录"
    # the committee: on the form's line (财务委员会会议议程), else on the lines over it, a name broken over
    # two (某委员会辖下的人事 / 编制小组委员会) or under its council (立法会 / 某某事务委员会)
    org = m.group("org") or None
    k = at - 1
    while org is None and k >= 0 and (RE_MEETING_DAY.match(head[k]) or is_date_line(head[k]) or re.match(rf"^(?:时\s*间|地\s*点|{_DAY})", head[k])
                                      or re.search(r"会议$|举行的", head[k])):
        k -= 1  # (over the meeting's day, time and place, and its own line: 某日举行的第七次会议)
    if org is None and k >= 0 and head[k].endswith("委员会") and not RE_DOC_NUMBER.search(head[k]):
        org = head[k]
        before = head[k - 1] if k else ""
        if RE_LEGCO_MASTHEAD.fullmatch(before) or (
                re.search("立法[会局]", before) and not before.endswith(("委员会", "文件")) and len(before) <= 24):
            org = before + org  # (立法会 / 某某事务委员会; 某委员会辖下的人事 / 编制小组委员会)
    # (a discussion paper names its committee under its day: 讨论文件EC(96-97)34 / 某日 / 财务委员会 / 某某小组委员会)
    if org is None and form == "文件":
        run = [x for x in head[at + 1 : at + 5] if x.endswith("委员会")]
        org = "".join(run[:2]) or None
    masthead = next((x for x in head[:4] if RE_LEGCO_MASTHEAD.fullmatch(x)), None)
    # the secretariat's signature over its day, at the foot
    foot = [re.sub(r"\s+", "", x) for x in every[-6:]]
    signed_at = next((k for k, x in enumerate(foot) if RE_LEGCO_SECRETARIAT.fullmatch(x)
                      and any(is_date_line(y) for y in foot[k + 1 : k + 3])), None)
    issuers, signed = [], None
    if signed_at is not None:
        issuers = [foot[signed_at]]
        signed = _first_date(next(y for y in foot[signed_at + 1 : signed_at + 3] if is_date_line(y)))
    elif org:
        issuers = [org]
    elif masthead:
        issuers = [masthead]
    if signed is None:
        day = next((d.group("d") for x in head if (d := RE_MEETING_DAY.match(x))), None)
        if day is None:
            day = next((x for x in head[max(0, at - 2) : at + 3] if is_date_line(x) or re.match(rf"^{_DAY}", x)), None)
        signed = _first_date(day) if day else None
    number = m.group("n")
    if number is None and form in ("文件", "纪要"):
        number = next((n.group("n") for x in head[:4] if (n := RE_LEGCO_SERIAL.fullmatch(x))), None)
        esc = next((n for x in head[:4] if (n := RE_LEGCO_ESC.fullmatch(x))), None)
        number = number or (esc.group("o") + esc.group("c") + esc.group("k") + "号" if esc else None)
    return {"form": form, "issuers": issuers, "signed": signed, "number": number}


def document_meta(layout) -> dict:
    """The document fields of a cleaned page (its :class:`~policymine.layout.Layout`): see the
    module's docstring. The empty fields (:func:`empty_document`) for a page that is no
    official document."""
    # (the memos of titles serve one page: a corpus that repeats its pages gains nothing from them)
    _strip_title.cache_clear()
    doc_type_of.cache_clear()
    header = _unrun([_despaced(u) for x in layout.header if (u := _unmarked(x))])
    if any(x[:1] in "(（" for x in header):
        header = _rejoined_notes(header)
    if header and RE_FILE_SUFFIX.search(header[0]):
        header[0] = RE_FILE_SUFFIX.sub("", header[0])  # (a page that is a downloaded file, named by its title: …的通知.doc)
    body = _rejoined_days(_unrun([_despaced(u) for x in (layout.body or "").split("\n") if (u := _unmarked(x))]))
    tail = _rejoined_days([_despaced(u) for x in layout.tail if (u := _unmarked(x))])
    # (a bilingual portal's column name in English glued before the salutation: Policies and regulations各区人民政府:)
    header, body = (_salutation_unglued(part) for part in (header, body))
    body, tail = _spaced_signatures(body), _spaced_signatures(tail)
    lines = header + body
    n = len(lines)
    # the title block ends at the salutation, else at the first paragraph of prose
    salut = next((i for i in range(min(n, 60)) if RE_SALUTATION.match(lines[i]) and len(lines[i]) <= 90), None)
    # (nor a summary that the text repeats below, a portal's description of the page over its title:
    # 为切实做好…(cut) / 某某公告 / 为切实做好…)
    para = next((i for i in range(min(n, 60)) if "。" in lines[i] and len(re.findall(_H, lines[i])) >= 25
                 and not re.match(r"^(?:简介|摘要|内容概述|导读|导语|提要|内容提要|编者按|核心提示)", lines[i])
                 and not any(x.startswith(lines[i][:20]) for x in lines[i + 1 : i + 12])), None)
    # (a notice's subject shown as its headline above its own table, 发文日期 / 发文字号 under it,
    # is no paragraph of its text: the block runs on past the table's fields)
    while para is not None and salut is None and read_fields(lines[para + 1 : para + 6]).keys() & {"doc_number", "signed", "dispatched", "amended", "issuers", "index_number"}:
        para = next((i for i in range(para + 1, min(n, 60)) if "。" in lines[i] and len(re.findall(_H, lines[i])) >= 25
                     and not read_fields([lines[i]])), None)
    # (an order's note of promulgation over its holder and day, its head lost, 《某某决定》已经…通过,现予
    # 公布 / 省长 某某 / 日期, is no paragraph of the text when the title it quotes stands on a line below)
    while para is not None and salut is None and (m := RE_PROMULGATES.match(lines[para])) and not any(
            doc_type_of(x) or re.sub(r"\s+", "", x).endswith("令") for x in lines[:para]) and (
            quoted_at := next((k for k in range(para + 1, min(n, para + 8))
                               if re.sub(r"\s+", "", lines[k]) == re.sub(r"\s+", "", m.group("t"))), None)) is not None:
        para = next((i for i in range(quoted_at + 1, min(n, 60)) if "。" in lines[i] and len(re.findall(_H, lines[i])) >= 25), None)
    limit = salut if salut is not None else (para if para is not None else min(n, 40))
    limit = max(limit, min(n, len(header)))  # a portal's header is all title block
    block = lines[: min(n, limit + 3)]

    fields = read_fields(lines[: min(n, limit + 1)])
    page_title = getattr(layout, "title", None)
    # (no title after the salutation, even where a portal's header runs past it: the title of what
    # a notice issues stands below)
    cands = _title_candidates(lines, min(n, (limit if salut is None else min(limit, salut)) + 1),
                              str(page_title) if page_title else None)
    if fields.get("title"):
        fields["title"] = re.sub(r'^["“”「『]\s*(.+?)\s*["“”」』]$', r"\1", fields["title"])  # (a table's title in quotes: 名称: "某某公告")
    title = fields.get("title") if doc_type_of(fields.get("title")) else None
    page_title = getattr(layout, "title", None)
    # (the tail of a broken line, 某某发布管理办法 under 某某…管理办法, is no title of its own)
    cands = [(i, c) for i, c in cands if not any(j < i and _strip_title(o).endswith(c) and o != c for j, o in cands)]
    # (a portal's classification, 主题分类 / 部颁规章, 公文类型 规范性文件, is a cell of its table, no title)
    cands = [(i, c) for i, c in cands if not (RE_CLASS_LABEL.match(c) or (i and RE_CLASS_LABEL.fullmatch(lines[i - 1].strip())))]
    # (the heading of what a notice issues, right under the notice's title that names it, 关于印发
    # 某某计划的通知 / 某某计划, is no title of the page: the notice's is)
    cands = [(i, c) for i, c in cands if not any(j < i <= j + 8 and issued_type_of(o) and _issued_heading(c, o) for j, o in cands)]
    # (the text opened by its announcing sentence, 现通告如下:, its own headings below are no title:
    # 交通限制措施 under 通 告)
    opened = next((i for i in range(min(n, limit + 1)) if len(lines[i]) >= 20 and RE_TEXT_OPENING.search(lines[i])), None)
    if opened is not None and any(i < opened for i, _c in cands):
        cands = [(i, c) for i, c in cands if i < opened]
    # (nor is the title repeated below the contents' heading, 目 录, over the text: the cover's is)
    # (a gazette's issue over its contents, 某某省人民政府公报 / 目 录, lists other documents: no cover of one;
    # a statistical bulletin, 某市统计公报, is a document of its own)
    contents = next((i for i in range(min(n, limit + 1)) if RE_CONTENTS_HEADING.fullmatch(lines[i])), None)
    masthead = contents is not None and any(i < contents and re.fullmatch(rf"{_H}{{2,16}}公报", c)
                                            and not re.search(r"统计|普查|关于", c) for i, c in cands)
    if contents is not None and not masthead and any(i < contents for i, _c in cands):
        cands = [(i, c) for i, c in cands if i < contents]
    if title is None and cands:
        title = cands[-1][1]
    title_at = next((i for i, s in cands if s == title), 0)
    if title is None:
        # (no title but a headline with the number after it, a document library's: 某某关于…的通知 某办发[2003]38号;
        # over a title block of its own the headline is no title, its block is)
        headline = next(((i, head) for i in range(min(n, limit + 1)) if (m := RE_SPACED_NUMBER_AFTER.search(lines[i]))
                         and len(re.findall(_H, head := lines[i][: m.start()].strip())) >= 6 and doc_type_of(head)), None)
        if headline is not None:
            title_at, title = headline
    if title and title.startswith("关于"):
        # a title broken before its 关于 (某省人民政府 / 关于…的决定), its bodies on lines of their own
        k = title_at
        while k > 0 and title_at - k < 4 and is_issuer_line(lines[k - 1]) and len(lines[k - 1]) <= 40 \
                and issuer_place(_split_issuers(lines[k - 1])[0], shape=False)[0]:
            k -= 1
        if k < title_at:
            title = " ".join(x.strip() for x in lines[k:title_at]) + title
    if doc_type_of(title) in ("公告", "令") and title_at + 1 < n and RE_ORDINAL_LINE.fullmatch(lines[title_at + 1]):
        # an announcement numbered like an order (某某常务委员会公告 / 第三十七号) under the title of
        # the regulation it publishes (《某某条例》…现予公布): the page is the regulation's, as an order's
        near = "".join(lines[title_at + 2 : title_at + 6])
        reg = next(((i, c) for i, c in reversed(cands) if i < title_at and "《" + _strip_title(c) + "》" in near), None)
        if reg is not None:
            title, title_at = reg[1], reg[0]
    elif doc_type_of(title) == "公告" and title_at + 1 < n and RE_PROMULGATES.search(lines[title_at + 1]):
        # (or without its number, its text right under it promulgating the regulation: 《某某条例》已由
        # 某某会议于…通过,现予公布)
        reg = next(((i, c) for i, c in reversed(cands) if i < title_at and "《" + _strip_title(c) + "》" in lines[title_at + 1]), None)
        if reg is not None:
            title, title_at = reg[1], reg[0]
    # a bureau's circular is named by its serial (某某局通告第3/2024号), whatever heading of its
    # subject stands below
    named = next((i for i in range(min(n, limit + 1)) if RE_SAR_SERIAL.fullmatch(lines[i].strip())), None)
    if named is None:
        # (its subject on the same line after a space: 某某局通告第4/2013号 某某程序)
        named = next((i for i in range(min(n, limit + 1)) if _serial_and_subject(lines[i].strip())), None)
    if named is not None:
        title, title_at = _serial_and_subject(lines[named].strip()) or lines[named].strip(), named
    # a page that gives a document whole under its lead (某镇指挥部发布公告… / 全文如下: / 关于…的公告):
    # the title under 全文如下 is the document's, the body its lead says issued that form its issuer
    quoted = None
    whole = next((k for k in range(min(n - 1, limit + 6)) if RE_WHOLE_TEXT.search(lines[k])), None)
    if whole is not None and doc_type_of(lines[whole + 1]) and len(lines[whole + 1]) <= 80 and "。" not in lines[whole + 1]:
        form = doc_type_of(lines[whole + 1])
        quoted = next((m.group("org") for x in lines[max(0, whole - 3) : whole] for m in RE_ANNOUNCED.finditer(x)
                       if m.group("form") == form and is_issuer_line(m.group("org"))), None)
        if quoted:
            title, title_at = lines[whole + 1], whole + 1
        elif lines[whole + 1].startswith("关于") and issued_type_of(lines[whole + 1]):
            # (a notice that issues, given whole under a lead naming no body: its title is the page's)
            title, title_at = lines[whole + 1], whole + 1

    # the number: a labelled one, else the first line of the title block that opens with one
    number = fields.get("doc_number")
    number_date = None  # a date beside the number on its line (2000年12月28日 某字[2000]17号)
    if number and not number.startswith(("(", "（")):
        # (round 34) a Taiwan number's bracketed year before its word, a space between ((91) 某某字第…号函): kept
        year = next((m.group(1) for x in lines[: min(n, limit + 1)]
                     if (m := re.search(r"[(（]\s*(\d{2,3})\s*[)）]\s*" + re.escape(number), x))), None)
        number = f"({year}){number}" if year else number
    if number is None:
        for i, s in enumerate(block):
            # (a gazette's note under the title, its number and day in brackets: (某政办发〔2001〕99号 2001年5月29日))
            inner = re.sub(r"^\s*[(（]([^()（）]+)[)）]\s*$", r"\1", s)
            # (or run together, 某府发〔1997〕8号一九九七年七月十四日)
            m = re.fullmatch(r"\s*(?P<d>\S+年\S{1,3}月\S{1,3}日)\s+(?P<n>.+)|(?P<n2>.+?(?:\s|号(?=[\d〇○零一二])))\s*(?P<d2>\S+年\S{1,3}月\S{1,3}日)\s*", inner) if len(s) <= 120 else None
            if m and is_date_line(m.group("d") or m.group("d2")):
                got = find_doc_number(m.group("n") or m.group("n2"))
                if got:
                    number, number_date = got, _first_date(m.group("d") or m.group("d2"))
                    break
            m = RE_ORDER_NOTE.fullmatch(s)
            if m:  # (1991年3月26日某市人民政府令19号发布): the order that issued it, and its day
                number, number_date = re.sub(r"\s+", "", m.group("n")), _first_date(m.group("d"))
                break
            if i == title_at + 1 and RE_BARE_NUMBER.fullmatch(s):
                number = re.sub(r"\s+", "", s)  # 〔2022〕第1号 alone under the title: as written
                break
            m = re.search(r"(?:^|\s)(" + RE_DOC_NUMBER.pattern + r")(?=\s|$)", RE_SPACED_NUMBER_WORD.sub(r"\1", s[:300]))
            if m:  # a number standing between spaces (a page that runs the title block on one line)
                number = re.sub(r"\s+", "", m.group(1))
                break
            if "。" in s or len(s) > 300:
                continue  # a sentence cites other documents' numbers
            # (its number on the next line, maybe with its year: 某部令 / 2031 年第 8 号; the order's name maybe in
            # 《》 as a forum writes it: 《某局令》 / 第 2 号)
            s = re.sub(r"^\s*《([^《》]{2,30}令)》\s*$", r"\1", s)
            # (or the line after a portal's posting line put between them: 某市人民政府令 / 上载日期:… / 第3号)
            k = i + 2 if i + 2 < len(block) and RE_POSTING_LINE.search(block[i + 1]) else i + 1
            # (or its ordinal in brackets: 某省人民政府令 / (第73号))
            nxt = block[k] if k < len(block) else ""
            if (re.search(r"[令公告]$", s) and re.fullmatch(r"\s*(?:(?:19|20)\d\d\s*年\s*)?第\s*(?:\d{1,5}|[一二三四五六七八九十百零〇]{1,6})\s*号\s*", nxt)) \
                    or (s.endswith("令") and re.fullmatch(r"\s*[(（]\s*第\s*\d{1,5}\s*号\s*[)）]\s*", nxt)):
                s = s + re.sub(r"\s+", "", nxt)
            number = find_doc_number(s)
            if number:
                break

    record = record_start = None  # a notice kept as a record of fields (通告 | 编号 : | 163/2022 / 日 | 期 : | … / 开始 | 日期 : | …)
    if number is None:
        at = next((i for i, x in enumerate(block) if RE_NOTICE_RECORD.match(x)), None)
        if at is not None:
            m = RE_NOTICE_RECORD.match(block[at])
            number, record = m.group("n"), m.group("f")
            # its date the field right under the number (日期, its label maybe cut to 期)
            number_date = next((_first_date(d.group("d")) for x in block[at + 1 : at + 3] if (d := RE_RECORD_DATE.match(x))), None)
            start = next((d for x in block[at + 1 : at + 12] if (d := RE_RECORD_START.match(x))), None)
            record_start = _first_date(start.group("d")) if start else None
    if number:
        fields = _plausible_dates(fields, number)

    roc_act, acts = None, []
    # (the history may stand below the text, where the layout put it in the tail)
    # (its lines joined: a number broken before its form, 台内消字第 1120827499 号 / 令)
    hist = "\n".join(x for x in block + tail[:12])
    if number is None or "民国" in hist:
        # a Taiwan regulation's page: the latest act of its history gives its number and date
        # (where a field gave the number, only when it is the latest act's: its body and day)
        from ..layout import find_dates

        acts = [(d, m) for m in (_roc_act().finditer(hist) if "民国" in hist else ()) if (d := _roc_day(m.group("d")))]
        if number is not None and acts and re.sub(r"\s+", "", max(acts, key=lambda a: a[0])[1].group("n")) != re.sub(r"\s+", "", number):
            acts = []  # (the number a field gave is not the latest act's: the history is not read)
        if acts:
            roc_act = max(acts, key=lambda a: a[0])
            number = re.sub(r"\s+", "", roc_act[1].group("n"))
            if title and any(m.group() in re.sub(r"\s+", " ", title) or re.sub(r"\s+", "", m.group()) in re.sub(r"\s+", "", title) for _d, m in acts):
                title = None  # (a line of the history taken for the title, …日某院某字第…号公告: no title of the page)

    if number is None:
        note_m = next((m for x in lines[title_at : title_at + 5] if (m := RE_ORDER_PUBLISHED.search(x))), None)
        if note_m:
            number, number_date = re.sub(r"\s+", "", note_m.group("n")), _first_date(note_m.group("d"))

    every = lines + tail
    sig_issuers, sig_date, sig_at = signature(every)
    if not sig_issuers:
        sig_issuers, sig_date = _glued_signature(every)
    if not sig_issuers and doc_type_of(title) and body:
        # a bulletin's body named in brackets alone under its text, no date (（某县统计局）): its signature
        sig_issuers = next(([m.group("org")] for x in body[-3:] if (m := RE_BRACKET_SIGN_30.fullmatch(x.strip()))
                            and is_issuer_line(m.group("org"))), [])
    if not sig_issuers and lines and (m := RE_SESSION_NOTE.match(lines[0])):
        # a congress session's resolution, its title lost: its note of adoption opens the page and
        # its text opens with the session (（某日某市第十六届人民代表大会第二次会议通过） 某市第十六届…会议听取…)
        sig_issuers, sig_date = [m.group("org")], _first_date(m.group("d"))
    if not sig_issuers and number is None and roc_act is None:
        # a chamber's rules whose history names only its meetings: the latest meeting's body and day
        chamber = [(d, m) for x in block + tail[:12] if (m := RE_CHAMBER_ACT.match(x)) and (d := _roc_day(m.group("d")))]
        if chamber:
            sig_date, got = max(chamber, key=lambda a: a[0])
            sig_issuers = [got.group("org")]
    if sig_at is not None and doc_type_of(title) == "公报" and title_at < sig_at <= title_at + 6:
        # a bulletin's masthead: its bodies on the lines between its title and its date, all of them
        # (a name whose head the page lost, 某省统计, stands there as written)
        names = [x for x in every[title_at + 1 : sig_at] if not RE_POSTING_LINE.search(x)]
        if len(names) > len(sig_issuers) and all(re.fullmatch(rf"{_H}{{2,20}}", x) for x in names) and sig_issuers == names[-len(sig_issuers):]:
            sig_issuers = names
    if number is None and (sig_issuers or salut is not None):
        # a number shown only in its attachments' file names (某财科教[2021]124号附件1:…明细表.xls),
        # on a page signed or addressed as a document
        named = Counter(re.sub(r"\s+", "", m.group("n")) for x in every if "附件" in x for m in RE_ATTACHMENT_NUMBER.finditer(x))
        number = named.most_common(1)[0][0] if named else None
    if number is None and sig_issuers:
        # (or only in the headline a portal set over the signed text: 某市发布第36号公告)
        number = next((re.sub(r"\s+", "", m.group("n")) for x in lines[: min(n, 4)] if (m := RE_HEADLINE_SERIAL.search(x))), None)
    # an act of a SAR's office holder: the clause of the powers it uses at its head (行使《…》…赋予的
    # 职权; 本人现行使…所赋予的权力), the holder's signature at its foot (某某司司长 某某, 某某署署长某某)
    head = lines[: min(n, limit + 6)]
    enacting = next((m for x in head if (m := RE_ENACTING.match(x))), None)
    # (or after the considerations run on before it on the line: 基于…;在该局的建议下;某某司司长行使…作出本批示)
    enacting = enacting or next((m for x in head[:3] for k in (i + 1 for i, c in enumerate(x[:600]) if c in ";；")
                                 if (m := RE_ENACTING.match(x[k:].lstrip()))), None)
    enacting = enacting or next((m for x in head if (m := RE_ENACTING_KIND.match(x))), None)
    holder = holder_date = None
    if enacting or any(RE_POWERS.search(x) for x in head):
        # the first signature under a date (a page that runs on into the next act: the first is
        # the page's), else one near the foot
        at = next((i for i in range(1, len(every)) if RE_HOLDER_SIGN.match(every[i])
                   and any(is_date_line(every[j]) for j in range(max(0, i - 2), i))), None)
        if at is None:
            at = next((i for i in range(len(every) - 1, max(-1, len(every) - 8), -1) if RE_HOLDER_SIGN.match(every[i])), None)
        if at is not None:
            holder = RE_HOLDER_SIGN.match(every[at]).group("office")
            holder_date = next((_first_date(every[j]) for j in range(at - 1, max(-1, at - 3), -1) if is_date_line(every[j])), None)
        else:
            # (the office alone, no name, next to its date at the foot)
            at = next((i for i in range(len(every) - 1, max(0, len(every) - 8), -1) if RE_OFFICE_ALONE.match(every[i])
                       and any(RE_FOOT_DATE.match(every[j]) for j in (i - 1, i + 1) if 0 <= j < len(every))), None)
            if at is not None:
                holder = RE_OFFICE_ALONE.match(every[at]).group("office")
                holder_date = next((_first_date(every[j]) for j in (at - 1, at + 1) if 0 <= j < len(every) and RE_FOOT_DATE.match(every[j])), None)
    extract_form = None
    if holder is None:
        # a gazette's extract of a body's act (批 示 摘 录 under the body's heading), signed by the
        # office holder under a date line that names the body (二零二五年三月二十七日于某某局 / 局长 某某)
        at = next((i for i in range(min(n, limit + 6)) if re.sub(r"\s+", "", lines[i]) in EXTRACT_FORMS), None)
        for i in range(at + 1, len(every) - 1) if at is not None else ():
            if re.sub(r"\s+", "", every[i]) == re.sub(r"\s+", "", lines[at]):
                break  # the next extract's heading: this one is unsigned (a 声明 after it shares its signature)
            m = RE_DATED_AT.match(_norm_date_text(every[i]))
            o = RE_EXTRACT_SIGN.match(every[i + 1]) if m else None
            if m and o and is_issuer_line(m.group("org")):
                holder, holder_date, extract_form = m.group("org") + o.group("office"), _first_date(m.group("d")), re.sub(r"\s+", "", lines[at])
                break
    if holder is None and any(RE_FIRST_PERSON_ACT.search(x) for x in head):
        # (round 31) a president's act in his own name: the body of its date line and his office
        for i in range(len(every) - 1):
            m = RE_DATED_AT.match(_norm_date_text(every[i]))
            o = RE_CHAIR_SIGN.match(every[i + 1]) if m else None
            if m and o and is_issuer_line(m.group("org")):
                holder, holder_date = m.group("org") + o.group("office"), _first_date(m.group("d"))
                break
    relayed = next((m for x in lines[: min(n, limit + 6)] if (m := RE_RELAYED.match(x)) and is_issuer_line(m.group("org"))), None)
    if relayed is None:
        relayed = next((m for m in RE_RELAY_CUE.finditer("\n".join(lines[: min(n, limit + 6)])) if is_issuer_line(m.group("org"))), None)
    if relayed is None:
        # or reposted under its headline: the body's special notice, after the day it concerns,
        # before its English name (25/1停课,某某局特别通告 Special Announcement by …)
        relayed = next((m for x in lines[: min(n, 3)] if (m := RE_SPECIAL_HEADLINE.search(x)) and is_issuer_line(m.group("org"))), None)
    broadcast_bare = broadcast = False
    if relayed is None:
        near = "\n".join(lines[: min(n, limit + 6)])
        # an announcement to be broadcast: the cue to the stations, however the call is worded, and
        # within the lines under it the department that announces
        relayed = next((m for m in RE_BROADCAST_ANY.finditer(near) if is_issuer_line(m.group("org"))), None)
        broadcast = relayed is not None
        if relayed is None and (cue := RE_BROADCAST_CUE.search(near)):
            extract_form, broadcast = cue.group("form"), True  # (the cue names no department: the form it asks to be read)
        if relayed is None and holder is None and title and RE_NEWS_BANNER_35.fullmatch(title.strip()) and RE_BROADCAST_BARE.search(near):
            # (round 35) the news service's banner (新闻公报) over a broadcast notice's headline: the headline is its title
            nxt = next((x.strip() for x in lines[title_at + 1 : min(n, limit + 6)] if x.strip() and not re.fullmatch(r"[*＊]+", x.strip())), None)
            if nxt and RE_TITLE_BODY_HEAD.match(nxt):
                title = nxt
        if relayed is None and holder is None and RE_BROADCAST_BARE.search(near) and (t := RE_TITLE_BODY_HEAD.match(title or (str(page_title) if page_title else lines[0] if lines else ""))) and is_issuer_line(t.group("org")):
            holder, broadcast_bare = t.group("org"), True
            broadcast = True
    footed = False
    # (round 35) or under a heading that is its bare form (政府某某部门 / 公 告), in a gazette's part of notices
    # (the title the part's own heading, 政府机关通告及公告)
    bare_heading = bool(title) and (doc_type_of(title) == _strip_title(title) or bool(RE_GAZETTE_PART_35.fullmatch(_strip_title(title)))) \
        and any(RE_GAZETTE_PART_35.fullmatch(x.strip()) for x in lines[:8])
    if holder is None and number is None and (doc_type_of(title) is None or bare_heading):
        # a gazette's notice whose heading the page lost, its body only in its foot: the date line
        # that names the body over its head's signature (二零二二年十二月十三日于某某局 / 局长 某某)
        for i in range(len(every) - 1):
            m = RE_DATED_AT.match(_norm_date_text(every[i]))
            o = RE_HEAD_OF_BODY.match(every[i + 1]) if m else None
            if m and o and m.group("org").endswith(o.group("head")) and is_issuer_line(m.group("org")):
                holder, holder_date, footed = m.group("org"), _first_date(m.group("d")), True
                break
    if relayed and holder is None:
        holder, extract_form = relayed.group("org"), relayed.group("form")
    if holder is None and title and (own := re.match(rf"^({_H}{{2,10}}?[署处局])(?:公告|通告)", re.sub(r"\s+", "", title))):
        # a bureau's announcement signed at its foot by its head (某某署公告 … / 某某署署长某某): the office holder's
        signed_by = next((m for x in reversed(every[-5:]) if (m := RE_HOLDER_SIGN.match(x.strip()))
                          and m.group("office").startswith(own.group(1))), None)
        if signed_by is not None:
            holder = signed_by.group("office")
    # a government's notice signed by its head at its foot (市长某某, 县长 某某), the text naming
    # its government 本府: the government of that rank the page names (某市政府)
    head_gov = None
    if holder is None and not sig_issuers:
        at = next((i for i in range(len(every) - 1, max(-1, len(every) - 6), -1) if RE_HEAD_SIGN.match(every[i])), None)
        flat = "\n".join(body[:60])
        if at is not None and "本府" in flat:
            rank = RE_HEAD_SIGN.match(every[at]).group("rank")
            table = _places()[0]
            head_gov = next((m.group("org") for m in RE_RANKED_GOV.finditer(flat) if m.group("org").endswith((rank + "政府", rank + "人民政府"))
                             and re.sub(r"(?:人民)?政府$", "", m.group("org")) in table), None)
    doc_type = doc_type_of(title)
    if doc_type and relayed is not None and RE_NEWS_BANNER_35.fullmatch(_strip_title(title)):
        doc_type = None  # (a news service's banner over the report it relays, 新闻公报: the report's form is the page's)
    if doc_type and sig_at is not None and sig_at < title_at and any(
            _strip_title(title).endswith(_strip_title(c)) and len(_strip_title(c)) >= 8 for i, c in cands if i < sig_at):
        # the title is that of what stands below the signature, given over the page too (a notice's
        # end, its signature, then the plan it issues under its heading): the signed document's own
        # title is lost
        doc_type = None
    letter_issues = None
    if (subject := next((m for x in block if (m := RE_LETTER_SUBJECT.match(x))), None)) \
            and any(RE_LETTER_NUMBER.search(x) for x in block):
        # a law database's record of a letter (发文字号: …号 函) whose subject enacts a named rule
        # (旨: 订定「某某要点」): the page is the letter's, issuing that rule
        letter_issues = doc_type_of(subject.group("t"))
        doc_type = "函" if letter_issues else doc_type
    # (round 31) a headline that opens with its form (【公告】…, 公告修正「…」…, 函转「某某要点」…)
    form_opened = None
    if doc_type is None and letter_issues is None:
        form_opened = next((m for x in lines[:4] if (m := RE_FORM_OPENING_TITLE.match(x.strip()))
                            and (not m.group("f3") or doc_type_of(m.group("t")))), None)
    opened_by = None
    if form_opened is not None:
        doc_type = form_opened.group("f1") or form_opened.group("f2") or form_opened.group("f3")
        opened_by = next((m.group("org") for x in lines[:8] if (m := RE_PUBLISHER_LINE.match(x))), None)
        letter_issues = doc_type_of(form_opened.group("t")) if form_opened.group("f3") else None
    # a body's heading over its form on the next line (某某基金会 / 通 告: a SAR gazette's notice
    # whose title is its heading), where no title names a form
    # (or under a title above it: a gazette's section heading, 政府机关通告及公告)
    heading2 = None
    for i in range(min(n, limit + 1) - 1):
        if re.sub(r"\s+", "", lines[i + 1]) in ("通告", "公告") and RE_HEADING_BODY.fullmatch(re.sub(r"\s+", "", lines[i])):
            if doc_type is None or title_at < i or "关于" not in (title or ""):
                heading2, title_at = (re.sub(r"\s+", "", lines[i]), re.sub(r"\s+", "", lines[i + 1])), i
                doc_type = heading2[1]
            break
    self_named = issuing = text_issued = None
    tabled = salut is not None and bool(fields.keys() & {"index_number", "issuers", "publisher"})
    # (or a disclosure record, its index number and its body, the title lost: 现将…有关事项公告如下)
    recorded = "index_number" in fields and bool(fields.keys() & {"issuers", "publisher"})
    # (or a page dated at its foot, a day alone on its last line under the text: 特此通告 / 2031年6月6日)
    foot = [x for x in (body + tail)[-3:] if x.strip()]
    foot_dated = bool(foot) and is_date_line(foot[-1]) and sum(map(len, body)) >= 80
    if doc_type is None and (number or sig_issuers or tabled or holder or head_gov or salut is not None or recorded or foot_dated):
        # no title names the form (a cut page): the document names itself (本通告自…起施行,
        # 现通知如下, 特此通知)
        text = "\n".join(body[:40] + tail[:6])  # (its closing, 特此批复, may stand in the page's tail)
        ruled = next((k for k, x in enumerate(body[:40]) if RE_RULED_SIGN.match(x)), None)
        if ruled is not None:
            text = "\n".join(body[:ruled])  # (its signature run on into the drafts it publishes: their 本条例 is none of its)
        m = (re.search("本(" + "|".join(_types()) + ")", text)
             or re.search(r"(通知|通告|公告|通报|公示|批复)如下|特此(通知|通告|公告|通报|公示|批复)", text)
             or re.search(r"现将[^。]{0,20}?情况(答复)如下", text)  # (an answer to a deputy's proposal: 现将办理情况答复如下)
             or re.search(rf"(?:特|现)(?:发布|下达)(?:如下|以下){_H}{{0,4}}(令)[:：]", text)  # (…,特发布如下禁火令:)
             or re.search(r"现(?:就|将|对)[^。]{0,40}?(?:进行|予以)(公示|公告|通报)", text)  # (现就…名单进行公示)
             or re.search(r"现予(公示|公告|通告|通报)", text)  # (…遴选出某某10个,现予公示)
             or re.search(r"提出(?:如下|以下)(?:实施)?(意见)", text)  # (…,现提出如下实施意见: an opinion, its title lost)
             # (a Taiwan announcement's part that states what it announces, after its 主旨 and 依据: 公告事项:)
             or re.search(r"^\s*(公告)事项", text, re.M))
        issuing = re.search(r"(?:现将|现予|现)[^。]{0,60}(?:印发|转发|批转)|印发给你们", text)
        self_named = next(g for g in m.groups() if g) if m and not issuing else None  # (本规则 of the rules a notice issues)
        if issuing and (closing := re.search(r"特此通知|(?:有关|如下)?事项通知如下|本通知(?:自|从)", text)):
            # (a notice that issues and closes naming itself, 现将《某某规划》印发给你们…特此通知 (本通知自…起施行): a 通知
            # issuing the form of what it quotes; one that only issues names no form of its own)
            quoted = re.findall(r"《([^《》]{2,60})》", text[: closing.start()])
            self_named, text_issued = "通知", next((f for q in reversed(quoted) if (f := doc_type_of(q))), None)
        elif issuing and salut is not None and (handed := next((m for x in lines[salut + 1 : salut + 3] if (m := RE_HANDS_DOWN.search(x))), None)) \
                and (f := doc_type_of(handed.group("x"))):
            # (or, right under its salutation, hands down a document its sentence names by its form, no
            # closing after it: 现将某某实施方案印发给你们,望遵照执行。 a 通知 issuing that form)
            self_named, text_issued = "通知", f
    if doc_type is None and self_named is None and number:
        # a document without its title whose number names its form (…字第06485号公告)
        for x in block:
            flat = re.sub(r"\s+", "", x)
            if number in flat:
                rest = flat[flat.index(number) + len(number) :]
                self_named = next((t for t in _types() if rest.startswith(t)), None)
                # (…字第10408516290号令: an order, a form no title names: 令 ends too many names)
                self_named = self_named or ("令" if rest.startswith("令") else None)
                break
        if self_named is None and roc_act is not None:
            self_named = re.sub(r"\s+", "", roc_act[1].group("f"))  # (the latest act of a history: …号 / 令)
    from .issuer_evidence import RE_BARE_RANK

    presenter = None
    # (a report, its title lost, that says it reports: 向大会报告工作, 现将…的报告提交大会审议)
    reports = any(RE_REPORTS_TO.search(x) or RE_SUBMITS_REPORT.search(x) for x in body[:6])
    for s in lines[: min(n, limit + 6)]:
        if (doc_type == "报告" or (doc_type is None and reports)) and (dept := RE_DEPT_PRESENTER.match(s.strip())):
            presenter = dept.group("org")  # (a report presented by a department's head: 某县审计局局长 某某)
            break
        m = RE_PRESENTER.match(s)
        if m and not RE_BARE_RANK.fullmatch(m.group("org")):  # (市人民政府市长 某某 names no place)
            presenter = m.group("org")
            break
        m = RE_HEAD_PRESENTER.match(s)
        if m and m.group("place").endswith(m.group("rank")[0]):
            presenter = m.group("place") + "人民政府"  # (the head by the place's name: 某市代市长 某 某, the place's government)
            break
    if doc_type is None and self_named is None and presenter and reports:
        self_named = "报告"  # a work report, its title lost, under its presenter (某市人民政府市长 某某): 向大会报告工作

    # the issuing bodies on lines of their own right under the title (a bulletin's 某局 / 某调查总队)
    under = []
    chrome = read = 0
    for x in lines[title_at + 1 : title_at + 7] if doc_type and cands else ():
        if not under and chrome < 3 and RE_CHROME_FIELD_30.match(x):
            chrome += 1  # (a saved portal's fields between the title and its masthead: 访问量:…, 关联稿件:)
            continue
        if not under and chrome < 3 and doc_type == "公报" and is_date_line(x):
            chrome += 1  # (a bulletin's day over its masthead: 某某统计公报 / (2021年4月29日) / 某市统计局 某调查队)
            continue
        if not (is_issuer_line(x) and len(x) <= 40) or read >= 3:
            break
        read += 1
        under += _split_issuers(x)
    under = under if under and issuer_place(under[0], shape=False)[0] else []
    # a note of adoption right under the title ((县某届人大某次会议审议通过)): a document's
    adopted = bool(doc_type and cands) and any(RE_ADOPTED_NOTE.fullmatch(x) for x in lines[title_at + 1 : title_at + 3])
    evidence = bool(number or fields.keys() & {"index_number", "issuers", "doc_number", "signed", "dispatched", "amended"} or under
                    or sig_issuers or salut is not None or presenter or holder or head_gov or quoted or adopted)
    titled = bool(doc_type) and bool(title) and not re.search(r"[:：？?！!]", title or "") and (
        "关于" in title or title.startswith("《") or (not _has_news_verb(title) and (
            page_title is None or _strip_title(title) in str(page_title) or str(page_title) in title
            or title_at == 0 or _posted_body_title(title, lines[title_at + 1 : title_at + 2])
            # (or under nothing but the page's posting time: 2031-01-29 16:07 / 某某报告)
            or all(RE_POSTED.fullmatch(x.strip()) for x in lines[:title_at])
            # (or a title that opens with its issuing body's name: 某县政府第615次主管会议纪录)
            or _title_body(title) is not None)))  # the page's headline, or the line the page opens with
    if titled and not evidence and _spoken_of(doc_type, body[:12]):
        titled = False  # a text about the document (这份报告…, 报告中提到…), not the document
    # a document without title or issuer that addresses its receiver, names itself at its close
    # (特此批复) and is dated on a line of its own under its text
    # (or, its title lost, hands down what it issues: 现印发给你们, dated right under that text)
    # (a model of one, its names left blank as ××, is none: a textbook's, an exam's)
    # (or its body alone on the line over its salutation, naming itself: 某县人民政府 / 全县广大干部群众: / …现就…公告如下)
    # (or a release over its body and its contacts: 某部统计处 / 发言人:… / 联络电话:…)
    from .issuer_evidence import contact_foot

    contacted = contact_foot(every[-12:])
    headed = salut is not None and salut >= 1 and "××" not in lines[salut] and self_named is not None \
        and len(lines[salut - 1]) <= 40 and is_issuer_line(lines[salut - 1])
    closed = salut is not None and "××" not in lines[salut] and (self_named is not None or (issuing is not None and any(
        is_date_line(x) for x in lines[salut + 1 : salut + 4]))) and any(is_date_line(x) for x in lines[salut + 1 :] + tail[:6])
    # (or, its foot cut, answering its receiver in the sentence right under the salutation with the
    # form it gives: 某乡人民政府: / 你乡《关于…的请示》收悉。…现将有关事项批复如下:)
    closed = closed or salut is not None and "××" not in lines[salut] and self_named is not None and any(
        RE_ANSWERS_AS.search(x) for x in lines[salut + 1 : salut + 3])
    # (rounds 27 and 29) a regulation enacted under its qualified form (制定本独立行政法规); an
    # address to a legislature or a policy address's section (某年施政报告—前言); a department's release
    # named by its opening sentence (某某处今日(…)出版…); a Taiwan 公告 of three parts naming itself 本府
    own_act = enacting if enacting is not None and enacting.re is RE_ENACTING_KIND else None
    # an act that opens by enacting itself in its holder's or body's name (某某司司长行使《…》…赋予的职权,…
    # 作出本批示), its foot and number lost: the act of that form, whoever signs it
    own_act = own_act or (enacting if enacting is not None and doc_type is None and not sig_issuers and number is None
                          and enacting.group("org") not in ("本人", "本", "本机关") else None)

    if doc_type is None and own_act is not None:
        doc_type = own_act.group("form") or own_act.group("f2") or own_act.group("f2b") or ("决议" if own_act.re is RE_ENACTING and own_act.group("f2c") else None)
    # (a Hong Kong ordinance: the legislature that enacts it, by its formula under the long title)
    enacted_by = next((m for x in lines[: min(n, limit + 8)] if (m := RE_ENACTED_BY.fullmatch(x.strip()))), None) \
        if doc_type_of(title) in ("条例", "规例") or doc_type is None else None
    own_act = own_act or enacted_by
    # (round 31) rules that open enacting themselves in their body's name; a notice naming itself first
    self_enacted = next((m for m in [RE_SELF_ENACTED.search("".join(x.strip() for x in lines[:6]))] if m and m.group("form") in _types()), None)
    opens_self = next((m for x in body[:2] if (m := RE_OPENS_SELF.match(x.strip()))), None) if doc_type is None else None
    if doc_type is None and not (self_enacted or opens_self):
        opens_self = next((m for x in body[:2] if (m := RE_OPENS_ENACTED.match(x.strip())) and m.group("form") in _types()), None)
    if doc_type is None and (self_enacted or opens_self):
        doc_type = (self_enacted or opens_self).group("form")
    presented = next((m for x in lines[:2] if (m := RE_PRESENTED_REPORT.match(x.strip()))), None) if doc_type is None else None
    # (a work report whose page opens on its speaker's first sentence, its title lost: 我代表某区人民政府,
    # 向大会…报告)
    spoken_gov = next((m for x in lines[:4] if (m := RE_SPOKEN_REPORT.match(x.strip()))), None) if doc_type is None else None
    spoken = spoken_gov is not None
    # (another body's report, spoken for it by name within its first lines, under its occasion or its
    # salutation: the body as its speaker names it)
    spoken_body = next((org for x in lines[:4] if (m := RE_SPOKEN_BODY_REPORT.match(x.strip()))
                        and (org := m.group("org") or m.group("org2") or m.group("org3") or m.group("org4"))),
                       None) if doc_type is None and not spoken else None
    if spoken_gov is not None and not RE_BARE_RANK.match(spoken_gov.group("org")):
        spoken_body = spoken_gov.group("org")  # (a government named in full: 我代表某市人民政府)
    spoken = spoken or spoken_body is not None
    if spoken:
        doc_type = "报告"
    if presented is not None:
        doc_type = "报告"
    # (the section's title line may be no title candidate: the page's headline names the report alone)
    section = next((m for x in ([title] if title else []) + header[:4] if (m := RE_SECTION_TITLE.match(re.sub(r"\s+", " ", x).strip()))
                    and re.search(r"施政报告|工作总结", m.group("t")) and not _has_news_verb(x)), None)
    address = (any(RE_CHAIR_SALUTATION.match(x.strip()) for x in lines[:12])
               or section is not None)
    if doc_type is None and address and section:
        doc_type = doc_type_of(section.group("t").strip())
    if address and _reported_on(body[:6]):
        address = False  # news of an address (某县长…施政报告时强调), not the address
    released = next((m for x in body[:6] if (m := RE_RELEASE_OPENING.match(x.strip())) and len(m.group("org")) >= 3), None)
    flat_body = "\n".join(body[:60])
    # a statistics body's own release of its figures, no form named (2024年一季度国内生产总值初步核算结果 /
    # 来源:国家统计局; [某统计局]某某情况; 某统计暨普查局资料显示,…): the body its source, its tag or its
    # opening names, where the text is figures (three shares or more, or a table's six decimals) and no
    # reading of them (解读)
    stats_body = None
    if doc_type is None and not number and not sig_issuers and not re.search(r"解读|答记者问|访谈|解答|问答", str(title or page_title or "")) \
            and (len(RE_SHARE.findall(flat_body[:3000])) >= 3 or len(re.findall(r"\d\.\d", flat_body[:3000])) >= 6
                 # (or a release's own sentence of what it makes public, 现将…基本情况公布如下)
                 or any(RE_RELEASES_AS.search(x) for x in lines[:10])):
        named = [[fields.get("publisher", "")]]
        for k, x in enumerate(lines[:8]):
            if len(parts := x.split()) >= 2 and all(RE_STATS_BODY.fullmatch(p) for p in parts):
                named.append(parts)  # (a masthead of two bodies on one line: 某市统计局 国家统计局某调查队)
                continue
            if m := RE_STATS_NAMED.match(re.sub(r"\s+", "", x)):  # (a masthead maybe spaced out: 某 市 统 计 局)
                run = [m.group("org") or m.group("o2") or m.group("o3")]
                # (two bodies on lines of their own, one under the other: 某市统计局 / 国家统计局某调查队)
                while m.group("o3") and k + len(run) < n and RE_STATS_BODY.fullmatch(nxt := re.sub(r"\s+", "", lines[k + len(run)])):
                    run.append(nxt)
                named.append(run)
        stats_body = next((run for run in named if all(x and RE_STATS_BODY.fullmatch(x) for x in run)), None)
    three_part = "本府" in flat_body and any(RE_THREE_PART.match(x) for x in body[:30]) and any(x.startswith("主旨") for x in body[:30])
    # (round 31) or in a gazette's table of fields, its body in the table's 发文机关 (主旨: | … | / 公告事项: | …)
    three_part = three_part or ("issuers" in fields and any(RE_THREE_PART.match(x) for x in lines[:30])
                                and any(x.startswith("主旨") for x in lines[:30]))
    # (or a preannouncement of rules, 依据 / 公告事项 / 一、订定机关:某部, the body that enacts them named first)
    enacts = next((m for x in body[:30] if (m := RE_ENACTING_ITEM.match(x.strip())) and is_issuer_line(m.group("org"))), None)
    three_part = three_part or (enacts is not None and any(RE_THREE_PART.match(x) for x in body[:30]))
    if three_part and doc_type is None:
        doc_type = "公告"  # (the form whose parts are 主旨, 依据, 公告事项)
    # (round 35) or its 主旨 opening with the form's own verb (主旨:公告某某…) over its 公告事项, no body named
    subject_notice = doc_type is None and any(RE_SUBJECT_NOTICE_35.match(x) for x in lines[:12]) and any(RE_THREE_PART.match(x) for x in lines[:30])
    if subject_notice:
        doc_type = "公告"
    if doc_type == "报告" and not address and not (number or sig_issuers or holder or presenter) and _reported_on(body[:6]):
        return empty_document()
    if doc_type == "报告" and not (number or sig_issuers or holder) and any(RE_NEWS_DATELINE_35.search(x) for x in lines[:5]):
        return empty_document()  # (round 35) a newspaper's report of a work report, under its dateline (某网1月2日讯(某报记者 某某))
    if sum(1 for x in lines[:40] if ("…" in x or "..." in x or "···" in x) and RE_CONTENTS_ENTRY.search(x)) >= 2:
        return empty_document()  # a gazette's contents: documents' numbers over leader dots to their pages ((某府〔2014〕4号)……1)
    if any(RE_COMPILATION.search(_strip_title(re.sub(r"\s+", "", x))) or RE_COMPILATION.search(re.sub(r"\s+", "", x))
           for x in ([str(page_title)] if page_title else []) + lines[:1]):
        return empty_document()  # a compilation of documents (某某通告、通知汇编(10篇), 某某范文大全): none of the page's own
    if any((m := RE_FIRST_PIECE.search(x)) and doc_type_of(x[: m.start()]) or RE_FIRST_PIECE_LINE.fullmatch(x)
           for x in lines[: max(4, title_at + 4)]):
        return empty_document()  # a collection's first piece under its heading (某某工作报告篇1): an essay site's samples
    if any(RE_PLACEHOLDER_PLACE.search(x) for x in ([str(page_title)] if page_title else []) + lines[: max(3, title_at + 3)]):
        return empty_document()  # a template, its place left as a placeholder (XX市, ××县): no document of its own
    if title and any(RE_MODEL_LABEL.match(x) for x in lines[max(0, title_at - 2) : title_at]):
        return empty_document()  # a model text under its label (例文, 范文): a guide's example, no document of the page
    if title and not (number or sig_issuers or holder) and any(RE_CONTENTS_HEADING.fullmatch(x) for x in lines[:title_at]):
        # a table of contents (a gazette issue's 目 录 over its acts' numbers and subjects): its headings
        # and titles name documents the page does not hold
        return empty_document()
    # (a disclosure record in full, its index number, its date of writing and its body: a document of the
    # government's catalogue though its title names no form, a bureau's 数据发布)
    disclosed = {"index_number", "signed"} <= fields.keys() and bool(fields.keys() & {"issuers", "publisher"})
    roc_labelled = _roc_labelled_35(lines)  # (round 35) a Taiwan record run on one line
    council_report = _council_report_35(lines)  # (round 35) a magistrate's policy report to the council
    # (round 35) a notice naming its body and its form in its opening clause (…的规定,某某局现公布有关…的通告,…)
    own_notice = next((m for x in lines[:2] if (m := RE_OWN_NOTICE_35.search(x)) and is_issuer_line(m.group("org"))), None)
    # (round 35) a 公示 that names itself, its period of display and the objections it invites, its title lost
    publicity = doc_type is None and any(RE_OWN_PUBLICITY_35.search(x) for x in body[:4])
    # (or one that puts its matter up for objections in its own words, its title lost: …进行公示/同步公示。
    # 如有异议,请于…前…反映)
    publicity = publicity or (doc_type is None and not _reported_on(body[:4]) and bool(RE_PUBLICITY_PUT.search(" ".join(body[:3])))
                              and not any(RE_NEWS_DATELINE_35.search(x) for x in lines[:5])
                              and not RE_NEWS_LEAD.search(" ".join(body[:2])))
    if publicity:
        doc_type = "公示"
    roc_letter = _roc_letter_heading_35(lines[:8] + tail[:8])  # (round 35) a Taiwan letter's heading over its 说明 (or in the tail)
    # (a statistical bulletin or a plan is the document its title names, no other evidence needed:
    # 某旗2021年…统计公报, 某市…五年规划…纲要)
    named_plan = bool(title) and not _has_news_verb(title) and (doc_type in ("纲要", "规划") or (doc_type == "公报" and "统计" in title))
    # (or a page that opens on its salutation, its title lost, and names its own form: 各市、县人民政府: … 现提出如下意见)
    # (a model of one, its names left blank as ××, is none)
    saluted = salut is not None and salut <= 1 and self_named is not None and title is None and "××" not in lines[salut]
    # (a session's resolution under its note of adoption, its title maybe lost: the session resolved it)
    # (a plan's outline adopted so: its note right under its title, 某日某省第某届人民代表大会第某次会议通过)
    note_lines: list[str] = []
    if number:
        pass  # (a numbered document is its issuer's, whatever session adopted it)
    elif doc_type in (None, "决议"):
        note_lines = lines[: min(n, title_at + 4)]
    elif doc_type in ("纲要", "规划", "议程"):  # (a plan or an agenda: the note right under the title)
        note_lines = lines[title_at + 1 : min(n, title_at + 2)]
    session_note = next((m for x in note_lines if (m := RE_ADOPTION_SESSION.fullmatch(x.strip()))), None)
    # (or a resolution whose title and note are lost, its text opening with the session that resolves:
    # 某市第十五届人民代表大会第一次会议听取和审议了…的工作报告。…决定批准这个报告。)
    session_opens = next((m for x in body[:1] if (m := RE_SESSION_OPENING.match(x.strip()))), None) \
        if doc_type is None and not number and session_note is None and any("批准" in x for x in body[:3]) else None
    legco = _legco_paper(lines, every) or _la_opinion(lines)
    disclosing = _disclosure_report(title, body) if doc_type in (None, "报告") and not _reported_on(body[:3]) else None
    if doc_type is None and disclosing:
        doc_type = "报告"
    if not (legco or disclosing or named_plan or saluted or session_note or session_opens or (broadcast and extract_form) or headed or contacted or roc_letter or roc_labelled or council_report or subject_notice or own_notice or publicity or (doc_type and (evidence or titled)) or number or sig_issuers or (tabled and self_named) or holder or closed or disclosed
            or (head_gov and self_named) or (foot_dated and self_named) or heading2 or (presenter and self_named == "报告") or record
            or own_act or (address and doc_type) or address and RE_SAR_GOVERNMENT.search(flat_body) or released or three_part or stats_body
            or self_enacted or opens_self or presented or spoken or (form_opened is not None and (form_opened.group("f3") or "publisher" in fields or opened_by))):
        return empty_document()
    if doc_type is None and holder and (given := next((m for x in head if (m := RE_GIVEN_UNDER.match(x))), None)):
        self_named = self_named or given.group("form")
    doc_type = doc_type or extract_form or self_named or record
    if roc_act is not None and roc_act[1].group("f") and RE_REPEAL_AFTER.match(hist, roc_act[1].end()):
        # (a history whose latest act repeals the rules, …号令发布废止: the page's document is that act)
        doc_type = re.sub(r"\s+", "", roc_act[1].group("f"))
    if doc_type is None and (form := fields.get("form")) and doc_type_of(form) == form:
        doc_type = form  # (round 34) the form a letter's record names (函类别：公告), the title naming none

    # issuers: the table's issuing body, the signature's, the title's (某某关于…), the table's
    # publishing body, an issuer line of the title block, the title's opening name, a
    # report's presenter
    issuers = (_split_issuers(fields["issuers"]) or ([fields["issuers"]] if _bare_place(fields["issuers"]) else [])) if "issuers" in fields else []
    if not issuers and enacts is not None:
        issuers = _split_issuers(enacts.group("org"))
    if issuers and not issuer_place(issuers[0])[0] and (sig_issuers or (title and "关于" in title)):
        issuers = []  # a table's short form (地区行署, 市政府): the document's own naming below wins
    national_shape = True
    if not issuers:
        issuers = sig_issuers
    sar = RE_SAR_NUMBER.fullmatch(title or "")
    sar_date = sar_at = None
    if not issuers and sar:
        # an act named by its number: the office that signs it, else the office the number names
        at = next((i for i in range(title_at, len(every)) if RE_OFFICE_SIGN.match(every[i])), None)
        office = RE_OFFICE_SIGN.match(every[at]).group("office") if at is not None else None
        if at is not None:
            sar_at = next((j for j in range(at - 1, max(title_at, at - 4), -1) if is_date_line(every[j])), None)
            sar_date = _first_date(every[sar_at]) if sar_at is not None else None
        issuers = [office] if office else ([sar.group("org")] if sar.group("org") else [])
        if not issuers and sar.group("ce"):
            issuers = ["行政长官"]  # (an executive order is the Chief Executive's: 《澳门特别行政区基本法》 art. 50(5))
        if not issuers and any(RE_GOVERNOR_ENACTS.match(x.strip()) for x in every[title_at + 1 : title_at + 30]):
            issuers = ["总督"]
    serial = RE_SAR_SERIAL.fullmatch(title or "")
    if not issuers and serial:
        # a bureau's circular: the bureau its serial names; the date under its head's signature
        # (某某局常任秘书长某某 / 2024年5月2日)
        issuers = [serial.group("org")]
        at = next((i for i in range(len(every) - 1, title_at, -1) if every[i].startswith(serial.group("org"))
                   and len(every[i]) <= len(serial.group("org")) + 12 and i + 1 < len(every) and is_date_line(every[i + 1])), None)
        if at is not None:
            sar_at, sar_date = at + 1, _first_date(every[at + 1])
    if not issuers and enacting and enacting.group("org") not in ("本人", "本", "本机关"):
        issuers = [enacting.group("org")]  # the body its enacting clause names (立法会根据…制定本法律)
    if not issuers and enacted_by is not None:
        issuers = [enacted_by.group("org")]  # (由临时立法会制定。)
    chaired_day = None
    if issuers and enacting is not None and issuers == [enacting.group("org")] and enacting.re is RE_ENACTING and (enacting.group("f2") or enacting.group("f2b") or enacting.group("f2c")):
        # (a legislature's resolution signed by its chair under the day it passed: 某日通过 / 某某立法会主席 / 某某)
        org = re.escape(issuers[0])
        chair = next((k for k, x in enumerate(every) if re.fullmatch(rf"{_H}{{0,12}}{org}主席(?:\s*{_H}{{2,4}})?", x.strip())), None)
        if chair is not None:
            issuers = [re.sub(r"主席.*$", "", every[chair].strip())]
            passed = re.fullmatch(rf"(?P<d>{_DAY_SP})\s*(?:通过|议决)[。.]?", every[chair - 1].strip()) if chair else None
            chaired_day = _first_date(passed.group("d")) if passed else None
    if not issuers and holder:
        issuers = [holder]
    if not issuers and head_gov:
        issuers = [head_gov]
    if not issuers and title and "关于" in title:
        # (a forum's or portal's tag before it is no part of the name: [某省]省人民政府关于…)
        # (and not the document it carries out: 某省人民政府贯彻国务院关于…的实施意见)
        head = RE_CARRIES_OUT.sub("", RE_LEAD_TAG.sub("", title.split("关于", 1)[0]))
        issuers = _split_issuers(m.group("org") if (m := RE_FORWARDS_AFTER_HEAD.fullmatch(head)) else head)
        if issuers and re.match(r"^(?:转发|印发|批转)", issuers[0]):
            issuers = []  # (转发某厅关于…的通知: the body whose document it forwards, not its own)
        if not issuers and ((place := title.split("关于", 1)[0].strip()) in _counties() or _autonomous_short(place)):
            issuers = [place]  # (某旗关于…的通告: a county's or banner's document under its bare name, as written)
    if not issuers and not title and self_named and (attached := next((m.group("t") for x in every[-12:] + body[:12]
                                                                    if (m := RE_ATTACHED_SELF.match(x.strip()))), None)) \
            and doc_type_of(attached) == self_named and "关于" in attached:
        # (its title lost, the page attaching the document itself as a file under the text: 附件:某局关于…的通知)
        issuers = _split_issuers(attached.split("关于", 1)[0])
    if not issuers and not sig_issuers and title and (m := next((m for x in lines[max(0, title_at - 1) : title_at + 1]
                                                                if (m := RE_BODY_SERIAL_TITLE.fullmatch(re.sub(r"\s+", "", x)))), None)):
        issuers = _split_issuers(m.group("org"))  # (a body's announcement titled by its name and serial: 某某指挥部通告(第13号))
    if not issuers and title and (m := RE_FORWARDING_BODIES.match(RE_LEAD_TAG.sub("", title))):
        issuers = _split_issuers(m.group("org"))  # (某局、某局转发某部《…》: the bodies that forward it, as 某某关于 names them)
    if not issuers and title and (
            opens := next((k for k in range(title_at, max(-1, title_at - 5), -1) if lines[k].strip().startswith("关于")), title_at)) and (
            m := re.fullmatch(rf"(?P<org>{_H}{{2,30}}?{_HEADS})\s*发布", lines[opens - 1].strip())) and is_issuer_line(m.group("org")):
        issuers = _split_issuers(m.group("org"))  # (某省公安厅发布 / 关于…的通告: the body that issues it, over its title)
    if not issuers and (closing := next((k for k in range(len(every) - 1, -1, -1) if RE_CLOSING_LINE.fullmatch(every[k].strip())), None)) is not None:
        # (its bodies under its closing, undated: 特此通告。 / 某县公安局交通管理大队 / 某县住房和城乡建设局)
        undated = []
        for x in every[closing + 1 : closing + 5]:
            if not is_issuer_line(x) or len(x.strip()) > 40:
                break
            undated += _split_issuers(x)
        issuers = undated
    if not issuers and (m := next((m for x in lines[: min(n, 3)] if (m := RE_FILE_MASTHEAD.match(re.sub(r"\s+", " ", x).strip()))), None)):
        # the mark of its issuing body at its head (某省教育厅文件, 中共某县委 某县人民政府文件: GB/T 9704's 发文机关标志)
        issuers = _split_issuers(m.group("org"))
    if not issuers and title and (m := RE_SESSION_TITLE.match(re.sub(r"\s+", "", title))):
        issuers = [m.group("org")]  # a session's resolution: the session its title names
    if not issuers and adopted:
        # a congress's regulation reposted with its note of adoption and no announcement
        # ((某年某月某日某省第五届人民代表大会常务委员会第十七次会议通过)): the adopting body, without its term
        note = next((m for x in lines[title_at + 1 : title_at + 3] if (m := RE_ADOPTING_BODY_30.fullmatch(x.strip()))), None)
        issuers = [note.group("place") + note.group("body")] if note else []
        if note and note.group("body") == "人民代表大会" and (sess := RE_ADOPTION_SESSION.fullmatch(note.group())):
            issuers = [sess.group("org")]  # (a congress's own session, not its standing committee: the session as its note writes it)
    if not issuers and title and title.startswith("《") and "关于" not in title:
        # a title cut at its head (the page opens at 《某某办法》的决定), given whole further down
        # (某部关于修改《某某办法》的决定): the body its whole form names
        cut = _strip_title(title)
        whole_title = next((x.strip() for x in every[title_at + 1 : title_at + 40] if "关于" in x and "。" not in x
                            and len(x) <= 120 and _strip_title(x.strip()).endswith(cut)), None)
        issuers = _split_issuers(whole_title.split("关于", 1)[0]) if whole_title else []
    if not issuers:
        # the document's heading of its body and form (某市政府　公告, 某部　函: a Taiwan notice's or
        # letter's first line) names its issuer before a portal's publishing body does
        heading = next((m for x in head if (m := RE_FORM_HEADING.match(x))), None)
        issuers = _split_issuers(heading.group("org")) if heading else []
    if session_note is not None and issuers in ([], [session_note.group("org")]) \
            and doc_type in ("纲要", "规划") and title_at + 2 < n \
            and is_issuer_line(lines[title_at + 2]) and len(lines[title_at + 2].strip()) <= 40 \
            and issuer_place(_split_issuers(lines[title_at + 2])[0], shape=False)[0]:
        # (a plan's cover: its note of adoption under the title, then the placed body that drew it up,
        # 某某自治州人民政府: the body's, the session adopted it)
        issuers = _split_issuers(lines[title_at + 2])
    if not issuers and session_note is not None:
        issuers = [session_note.group("org")]  # (a resolution: the session its note of adoption names)
    if not issuers and session_opens is not None:
        issuers = [session_opens.group("org")]  # (a resolution: the session its text opens with)
    if not issuers and "publisher" in fields and number and (m := RE_ORDER_BODY.match(number)) and is_issuer_line(m.group("org")):
        issuers = _split_issuers(m.group("org"))  # (an order's number names its body, 某委令第43号: before a portal's source)
    if not issuers and doc_type == "报告" and title and (named := RE_BODY_REPORT_TITLE.match(re.sub(r"\s+", "", title))) \
            and issuer_place(named.group("org"), shape=False)[0]:
        issuers = [named.group("org")]  # (a body's report titled by its name: before a portal's source)
    if not issuers and doc_type == "报告" and "publisher" in fields and (spoken_for := _speaker_government(body[:12])):
        issuers = [spoken_for]  # (a work report speaks for its government by name: before a portal's source)
    if not issuers and doc_type == "报告" and "publisher" in fields and presenter:
        issuers = [presenter]  # (or under its presenter's line, 某区人民政府区长 某某: before a portal's source)
    if not issuers and doc_type == "公报" and len(under) > 1:
        issuers = under  # (a bulletin's masthead, its bodies under its title, is its signature: before a portal's source)
    if not issuers and "publisher" in fields and title and "关于" not in title and (opener := _title_body(title)) \
            and issuer_place(opener.split()[0], shape=False)[0] and not re.search(r"(?<!人民)政府$", opener):
        # (a title that opens with its placed body, 某县人民政府某某令: before a portal's source; a bare
        # 政府 in a title is as often a word of its subject, 法治政府, 数字政府)
        issuers = _split_issuers(opener)
    if not issuers and stats_body:
        issuers = list(stats_body)  # (a statistics body's release: the bodies that release it)
    published_by_35 = not issuers and "publisher" in fields  # (round 35) the issuers a portal's publishing body alone gives
    if not issuers and "publisher" in fields:
        issuers = _split_issuers(fields["publisher"]) or ([fields["publisher"]] if RE_TOWN_NAME_30.fullmatch(fields["publisher"]) else [])
    if not issuers and doc_type:
        # the publisher a posting line names under the title (2022年06月08日 某县统计局 来源:…)
        posted_by = next((m for x in lines[title_at + 1 : title_at + 3] if (m := RE_DATED_PUBLISHER.match(x))
                          and is_issuer_line(m.group("org"))), None)
        issuers = [posted_by.group("org")] if posted_by else []
    day_posted = None
    if not issuers and doc_type and cands:
        # (its posting time and body alone on the line under the title: 2031-04-05 09:30   某区发改委)
        posted_by = next((m for x in lines[title_at + 1 : title_at + 2] if (m := RE_DAY_PUBLISHER.match(x))
                          and is_issuer_line(m.group("org"))), None)
        issuers = [posted_by.group("org")] if posted_by else []
        day_posted = posted_by.group("d") if posted_by and not RE_TIMED_PUBLISHER.match(posted_by.string) else None
    if not issuers and salut is not None:
        # a portal's publishing body below the text (信息来源:某县政府办公室), where nothing else names one
        below = read_fields(lines[salut + 1 :] + tail[:12])
        issuers = _split_issuers(below["publisher"]) if "publisher" in below else []
    if not issuers and "competent" in fields:
        issuers = [fields["competent"]]  # a law database's category of the competent body
    if not issuers and len(under) > 1:
        issuers = under
    if not issuers:
        at = next((k for k, s in enumerate(lines[: min(n, limit + 1)]) if len(s) <= 40 and is_issuer_line(s)
                   and issuer_place(_split_issuers(s)[0], shape=False)[0]), None)
        central = None
        if at is None and title:
            # (a central body's name alone on a line by the title, as a law database sets it: 某某暂行规定 / 某某部)
            central = next((lines[k].strip() for k in (title_at - 1, title_at + 1, title_at + 2) if 0 <= k < n and is_issuer_line(lines[k])
                            and len(lines[k]) <= 20 and RE_CENTRAL_BODY.fullmatch(lines[k].strip())
                            and lines[k].strip() in "".join(body[:8])), None)  # (and named by its text: 某某部特制定…)
        issuers = [central] if central else []
        # (the lines of two bodies one under the other: 中共某县委 / 某县人民政府)
        while at is not None and at < min(n, limit + 1) and is_issuer_line(lines[at]) and len(lines[at]) <= 40 and (
                issuer_place(_split_issuers(lines[at])[0], shape=False)[0]):
            issuers += _split_issuers(lines[at])
            at += 1
        national_shape = False
    if not issuers and title and (sitting := RE_YUAN_SITTING.match(re.sub(r"^[•·]|\s+", "", title))):
        # a record of a sitting of the Legislative Yuan (立法院第12届第2会期第5次会议纪录), or of its
        # committees, each the Yuan's (立法院第12届第2会期某某委员会第3次会议纪录)
        cs = sitting.group("cs")
        issuers = ["立法院" + (c if c.endswith("委员会") else c + "委员会") for c in cs.split("、")] if cs else ["立法院"]
    if not issuers and number and (paper := RE_LEGISLATURE_PAPER.fullmatch(number)) and (
            RE_ISSUER_FULL.fullmatch(paper.group("org")) or re.fullmatch(_HEADS, paper.group("org"))):
        # a legislature's paper is the legislature's, whichever of its committees the title names
        # (立法会PWSC83/98-99号 over 立法会某某委员会…会议纪要)
        issuers = [paper.group("org")]
    if not issuers and title:
        # (a 院 closes the name unless a head follows it: 监察院…办法, not 国务院办公厅…)
        # (a number glued before the body, 某政发〔2024〕6号某县人民政府某某预公告: the title after it)
        t = title[len(number) :] if number and title.startswith(number) and len(title) > len(number) + 6 else title
        m = re.match(rf"{_H}{{2,20}}?(?:人民政府|政府|办公厅|办公室|委员会|议会|总局|局|厅|部|署|院(?!{_HEADS}))(?={_H})", t)
        # (never a name holding a date: 中华民国…日某院 is a history line's head, no body)
        issuers = [m.group()] if m and not re.match(r"^(?:[省市县区]|关于)", m.group()) and not RE_DATED_NAME.search(m.group()) else []
        if issuers and not _head_ends_word(t, m.end()) and (whole := _title_body(t)) and " " not in whole:
            issuers = [whole]  # (a head inside a word is none, 某市纪委监委内部…: the body the title opens with)
        if issuers and "同志" in issuers[0]:
            issuers = []  # (某某同志在某委员会…: a speaker's name and where he speaks, no body)
        if issuers and presenter and re.sub(r"人民政府$", "政府", presenter) == issuers[0]:
            issuers = [presenter]  # (某省政府工作报告 under 某省人民政府省长 某某: the same body's full name)
        if issuers and _organised(t[m.end() :]):
            issuers = []  # (the body an organisation's rules set up is not who enacts them: 某县议会组织规程)
        if issuers and roc_act is not None and (org := roc_act[1].group("org")) and org.startswith(issuers[0]) and t.startswith(org):
            issuers = [org]  # (round 34) the agency under it whose history's 令 issued it (某部某署…要点 / …某部某署…号令)
        elif issuers and (whole := _title_body(t)) and " " not in whole and whole.startswith(issuers[0]) and len(whole) > len(issuers[0]):
            issuers = [whole]  # (the body under it its title names whole: 某院某某委员会某某要点, not 某院)
    if not issuers and presenter:
        issuers = [presenter]
    if not issuers and doc_type == "公报" and (m := RE_BULLETIN_BODY_TITLE.match(re.sub(r"\s+", "", _strip_title(title or "")))):
        issuers = [m.group("org")]  # (2022年某县人民政府…统计公报: the body its title names)
    if not issuers and doc_type == "报告" and any(RE_SPEAKS_FOR.search(x) for x in body[:12]):
        head_p = next((m for x in lines[: min(n, limit + 6)] if (m := RE_HEAD_PRESENTER.match(x))), None)
        issuers = [head_p.group("place") + "人民政府"] if head_p else []
        if issuers and (bare := _placed_rank(issuers[0], lines[: min(n, limit + 6)])):
            issuers = [bare]  # (自治区主席 某某: the rank's government, placed by the congress it reports to)
        if not issuers and (m := RE_REPORT_TITLE.match(re.sub(r"\s+", "", title or ""))):
            issuers = [m.group("place") + "人民政府"]  # (沈阳市2021年政府工作报告, spoken for 市政府)
        if not issuers and (m := RE_REPORT_GOV_TITLE.match(re.sub(r"\s+", "", _strip_title(title or "")))):
            issuers = [m.group("org")]  # ((某省)2020年某县人民政府工作报告: its government speaks)
    if not issuers:
        # a government's law database (某市政府主管法规共用系统) holds that government's rules
        base = next((m.group("org") for x in lines[: min(n, limit + 1)] if (m := RE_RULES_DATABASE.match(x))), None)
        issuers = [base] if base else []
    if not issuers and roc_act is not None and roc_act[1].group("org"):
        issuers = [roc_act[1].group("org")]
        # (a joint act: the other bodies in the order the line names them)
        issuers += [m.group("org") for m in RE_JOINT_ORG.finditer(roc_act[1].group("joint") or "")]
    if not issuers and roc_act is not None and (gov := _taiwan_local_government(number or "")):
        issuers = [gov]  # a history line naming no body, its number's 某府 (基府…字第…号: 本府 of 基隆市)
    bureau_at = None
    if not issuers and doc_type in ("公告", "通告"):
        # a bureau's notice under its heading (某局 / 公告), dated in its name at its foot
        # (…年…月…日于某局): the first such foot whose body is a heading of the page above it
        heads = {re.sub(r"\s+", "", x) for x in every[:60] if len(x) <= 30}
        for i, x in enumerate(every):
            m = RE_DATED_AT.match(re.sub(r"(?<=\S)\s+(?=\S)", lambda w: "" if len(w.group()) == 1 else w.group(), x))
            if m and m.group("org") in heads:
                issuers, bureau_at = [m.group("org")], i
                break
    if not issuers and heading2:
        issuers = [heading2[0]]
    if not issuers and quoted:
        issuers = [quoted]
    if not issuers and number:
        # a number that opens with its body's full name (某市人民政府令第5号, 立法会CB(2)1527/98-99号)
        # (a head of three characters or more is a body's whole name: 立法会)
        m = re.match(rf"[{HAN}（）()]{{0,30}}?{_HEADS}", number)
        body = m.group() if m else ""
        ok = RE_ISSUER_FULL.fullmatch(body) or (len(body) >= 3 and re.fullmatch(_HEADS, body))
        # (not the start of a number's word, 某政协办〔2012〕22: its code, no name)
        ok = ok and not re.match(rf"(?!第){_H}", re.sub(r"^(?:令|公告|通告|文件)", "", number[len(body):]))
        issuers = [body] if ok and not re.match(r"^[省市县区]", body) else []
        if issuers and body.startswith("中华人民共和国") and _national_body(body[7:]):
            issuers = [body[7:]]  # an order's body by its common name (中华人民共和国某某部令: 某某部)
    yuan_report = next((m for x in lines[:12] if (m := RE_YUAN_REPORT.search(x))), None) if doc_type == "报告" else None
    if not issuers and presented is not None:
        issuers = [presented.group("org")]  # (round 31) the presenter's body
    if not issuers and opened_by:
        issuers = [opened_by]  # (round 31) the portal's publishing body of a 公告 its headline names
    if not issuers and yuan_report:
        issuers = ["行政院"]
    if not issuers and address:
        # the speaker's government (我谨代表某某政府…); else, speaking of 特区政府 on a page of one SAR, that SAR's
        speaker = next((m.group("org") for x in lines[:14] if (m := RE_SPEAKS_AS.search(x))), None)
        if speaker is None and RE_SAR_GOVERNMENT.search(flat_body):
            sar_here = _one_sar(flat_body)
            speaker = sar_here + "政府" if sar_here else None
        issuers = [speaker] if speaker else []
    if not issuers and three_part:
        table = _places()[0]
        named_gov = {m.group("org") for m in RE_RANKED_GOV.finditer(flat_body) if re.sub(r"(?:人民)?政府$", "", m.group("org")) in table}
        issuers = list(named_gov) if len(named_gov) == 1 else []
    occasion = None
    # (or a report whose title is lost, spoken for its government: 我代表某州人民政府,向大会报告工作)
    # (a work report of another body, a court's, a procuratorate's, a committee's: its occasion dates it)
    if (title and _strip_title(title).endswith("工作报告")) or (doc_type in ("报告", "说明") and title) or (
            doc_type == "报告" and not title and (presenter or spoken_body or any(RE_SPEAKS_FOR.search(x) for x in body[:12]))):
        # a government's work report to its congress: the place's government reports, on the
        # day its occasion line gives (在某县第十六届人民代表大会第三次会议上)
        # (its occasion line may be broken over two: …在某县第十七届人民代表大会 / 第四次会议上)
        # (a forum's post: the thread's heading, its chrome, then the title again over the occasion line;
        # the occasion is read under the title's last showing too)
        bare = RE_FORUM_TAG_30.sub("", _strip_title(title)) if title else None
        again = [k for k in range(title_at + 1, min(len(every), title_at + 40)) if bare and RE_FORUM_TAG_30.sub("", _strip_title(_title_line(every[k]))) == bare]
        for start in [title_at] + again[-1:]:
            occasion = next((m for k, x in enumerate(every[start : start + 10], start)
                             if (m := _occasion().match(_norm_date_text(x)) or _occasion().match(_norm_date_text(x + "".join(every[k + 1 : k + 2]))))), None)
            if occasion is None:
                occasion = next((m for x in every[start : start + 10] if (m := _run_occasion().search(_norm_date_text(x)))), None)
            if occasion is not None:
                break
        governments = (not title and spoken_body is None) or (bool(title) and _strip_title(title).endswith("政府工作报告"))
        if occasion and not governments:
            pass  # (the body of another's report is not the place's government)
        elif occasion and not issuers and len(occasion.group("place")) >= 2:
            issuers = [occasion.group("place") + "人民政府"]
        elif occasion and published_by_35 and len(occasion.group("place")) >= 2 and any(RE_SPEAKS_FOR.search(x) for x in body[:12]):
            # (round 35) the government a work report speaks for, at the occasion its line gives, over a
            # portal's source (信息来源:某县数据中心)
            issuers = [occasion.group("place") + "人民政府"]
    if not issuers and spoken_body:
        issuers = [spoken_body]
    if not issuers and doc_type == "报告" and any(re.search(r"我代表县(?:人民)?政府", x) for x in body[:12]) \
            and (county := _spoken_county_33("\n".join(every))):
        issuers = [county + "人民政府"]  # (round 33) the county the text names bare (某某发展史上)

    # signed: the table's 成文日期, the signature's date, a date line alone after the title
    # (an order's, a notice's without its issuer), the table's day of dispatch
    # (a law database's record: its latest amendment's date, 修正日期, over its first 公发布日)
    signed = fields.get("amended") or fields.get("signed") or sig_date or number_date or sar_date or holder_date or chaired_day
    if signed is None and title and "title" in fields:
        # (round 34) a law database's history view: the version's day alone under its 法规名称 (民国 95 年 4 月 7 日)
        at = next((i for i in range(min(n, limit + 2) - 1) if lines[i].rstrip().endswith(title) and RE_ROC_DAY.fullmatch(lines[i + 1].strip())), None)
        signed = _roc_day(lines[at + 1].strip()) if at is not None else None
    if signed is None and number and "令" in number:
        # an order signed by the government's head with the day on the same line (自治区主席 某 某 2031年3月4日)
        signed = next((_first_date(m.group("d")) for x in every[title_at : title_at + 12] if (m := RE_HEAD_SIGNED_30.fullmatch(x.strip()))), None)
    date_at = sig_at if sig_at is not None else sar_at
    if signed is None:
        labels = _field_labels()[0]
        for i in range(title_at, min(len(every), max(limit, title_at) + 12)):
            if i and labels.get(re.sub(r"[\s:：]+", "", every[i - 1])) in DATE_FIELDS:
                continue  # (a table's day in the cell under its label, 公开日期 / 2021年03月26日: that field's, no date line)
            if is_date_line(every[i]) or _glued_date(every[i]):
                signed, date_at = _first_date(every[i]) or _glued_date(every[i]), i
                break
    if signed is None and title and (closing := next((k for k in range(len(every) - 1, title_at, -1)
                                                      if RE_CLOSING_LINE.fullmatch(every[k].strip())), None)) is not None:
        # (its closing, then the day alone under it, no body signing: 特此公告 / 2031年9月13日)
        signed = next((_first_date(x) for x in every[closing + 1 : closing + 2] if is_date_line(x)), None)
    if signed is None:
        # a law's or a resolution's note under its title: (2007年6月29日…会议通过 …批准): the last step
        for x in every[title_at : min(len(every), max(limit, title_at) + 6)]:
            if RE_ADOPTED.search(x):
                from ..layout import find_dates

                found = find_dates(_norm_date_text(x))
                signed = found[-1][0] if found else None
                break
    adopted = None
    if signed is None or not issuers:
        # a repost that says when and by whom the document itself was adopted
        for x in every[title_at : min(len(every), max(limit, title_at) + 8)]:
            m = RE_ADOPTION.search(x)
            if m and title and _strip_title(m.group("t")) == _strip_title(title):
                adopted = m
                break
    if adopted is not None:
        signed = signed or _first_date(adopted.group("d"))
        if not issuers:
            org = re.sub(r"^第[一二三四五六七八九十]+届", "", adopted.group("org"))
            issuers = [_canonical(org)]
    if signed is None and roc_act is not None:
        signed = roc_act[0]
    if signed is None and roc_act is None and title_at + 1 < len(every) and RE_ROC_DAY.fullmatch(every[title_at + 1].strip()):
        signed = _roc_day(every[title_at + 1].strip())  # a day of Taiwan's calendar alone under the title (民国 108 年 9 月 18 日)
    if signed is None and presented is not None:
        signed = _roc_day(presented.group("d"))  # (round 31) the day of the sitting the report was given at
    if signed is None and yuan_report is not None and yuan_report.group("d"):
        signed = _roc_day("民国" + yuan_report.group("d"))  # the day of the sitting the report was given at
    if signed is None and title and (m := RE_TITLE_ROC_NOTE.search(title) or RE_TITLE_ROC_NOTE.search(lines[title_at] if title_at < n else "")) \
            and (issuers and _taiwan_body(issuers[0], "\n".join(lines), national_shape) or "民国" in m.group() or re.match(r"\d{3}", m.group("d"))):
        # a Taiwan body's rules dated in brackets after their title, the year of its calendar
        # without 民国 (某院某某办法 (90年12月03日)); a year of three digits or 民国 is Taiwan's whoever
        # issued them (某某审查规则 ( 105 年 02 月 01 日), 法规名称: 某某要点 (民国 103 年 06 月 10 日 修正))
        signed = _roc_day("民国" + m.group("d"))
    if signed is None and bureau_at is not None:
        signed, date_at = _first_date(RE_DATED_AT.match(re.sub(r"\s+", "", every[bureau_at])).group("d")), bureau_at
    if signed is None and roc_act is None and "posted" in fields and any(re.match(r"^法规名称\s*[:：]", x) for x in block):
        signed = fields["posted"]  # a law database's regulation with no history: the page's 时间 is its only date
    note = "".join(every[: min(len(every), limit + 6)])
    if signed is None and (m := RE_PROMULGATED.search(note) or RE_HEAD_PROMULGATED.search(note)):
        signed = _first_date(m.group("d"))  # a law's promulgation (…于2024年12月18日发布本法律)
    if signed is None and ((page_title and (m := RE_TITLE_DAY.search(str(page_title))))
                           or (title and title_at < n and (m := RE_TITLE_DAY.search(lines[title_at])))):
        signed = _first_date(m.group("d"))  # (a title dated in brackets at its end: 某区人民政府工作报告(2025年1月8日))
    if signed is None and issuers and (after := next((k for k, x in enumerate(tail[:20]) if k and is_date_line(x)
                                                       and RE_ATTACHMENT_NOTE.match(tail[k - 1])), None)) is not None:
        signed = _first_date(tail[after])  # (a notice dated under its note of attachments, unsigned: 附件:某某表 / 2031年10月19日)
    if signed is None and doc_type in ("纪录", "纪要", "记录") and title and title_at < n and (
            m := re.search(r"(?<!\d)" + RE_ROC_NUMERIC.pattern + r"\s*$", lines[title_at])):
        # (a meeting's record dated on its title line in Taiwan's figures: 某市政府第541次市政会议纪录111/05/09)
        signed = _roc_day(f"民国{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日")
    if signed is None and doc_type in ("纪录", "纪要", "记录", "议事录") and title:
        # (a meeting's record: the day its time field gives, 时 间 中华民国113年5月30日(星期四)…, 1、开会时间:…)
        held = next((m for x in lines[title_at + 1 : title_at + 6] if (m := RE_MEETING_TIME.match(x))), None)
        if held:
            day = re.sub(r"\s+", "", held.group("d"))
            signed = _roc_day(day) if day.startswith(("民国", "中华民国")) else _first_date(day)
    if signed is None and number:
        # (a gazette's note of its number and day in brackets under the title, the number taken from a
        # table above it: (某府发〔1997〕8号一九九七年七月十四日), (某办函[2011]36号 2011年03月03日))
        for x in block:
            m = RE_GAZETTE_NOTE.fullmatch(x.strip())
            if m and find_doc_number(m.group("n")) and is_date_line(m.group("d")):
                signed = _first_date(m.group("d"))
                break
    if signed is None and session_note is not None:
        signed = _first_date(session_note.group("d"))  # (the day of the resolution's adoption)
    if signed is None and occasion is not None and occasion.group("d"):
        signed = _first_date(occasion.group("d"))
    if signed is None and spoken and occasion is None and (
            m := next((m for x in lines[:3] if (m := RE_DATED_SPEAKER.fullmatch(x.strip()))), None)):
        signed = _first_date(m.group("d"))  # (a spoken report dated with its speaker over it: (某年某月某日 某某))
    # minutes' header: the date of a meeting over its time and place (日期: … 时间: … 地点: …)
    meeting = "posted" in fields and any(re.match(r"^地[ \u3000]*点[ \u3000]*[:：]", x) for x in block)
    if meeting:
        signed = signed or fields["posted"]
    signed = signed or fields.get("dispatched")
    published = fields.get("published") or (None if meeting or record else fields.get("posted"))
    if published is None:
        # a portal's labels run together (栏目:某某发布:2019-04-17浏览:3013), or its source glued to
        # its posting time (来源:某省人民政府网站2019-01-07 11:58)
        published = next((_first_date(m.group("d")) for x in every[: min(len(every), limit + 1)]
                          if (m := RE_GLUED_POSTED.search(x) or RE_DATED_SOURCE.match(x) or RE_DATED_PUBLISHER.match(x)
                              or RE_DOTTED_POSTED.match(x)
                              or RE_TIMED_PUBLISHER.match(x))), None)
    if published is None and day_posted:
        published = _first_date(day_posted)  # (the day of its posting line, the clock left out)
    if published is None and released:
        # a release relayed by a news service: its posting day at its foot (2016年1月15日(星期五) / 香港时间16时01分)
        published = next((_first_date(x) for x in every[-4:] if RE_ISSUE_DAY.match(_norm_date_text(x.strip()))), None)
    if published is None and broadcast_bare:
        # (round 34) its posting day at its foot (2024年1月2日(星期二) / 香港时间10时00分)
        published = next((_first_date(x) for x in every[-4:] if RE_ISSUE_DAY.match(_norm_date_text(x.strip()))), None)
    if published is None and three_part:
        # a notice's page: its posting label above the notice's 主旨 (更新日期 2024/01/22)
        at = next((k for k, x in enumerate(lines) if x.startswith("主旨")), 0)
        above = read_fields(lines[:at])
        published = above.get("published") or above.get("posted")
    if published is None and (m := RE_GAZETTED.search(note)):
        published = _first_date(m.group("d"))  # its printing in the gazette (并于2025年1月6日刊登于《…公报》)
    if published is None and extract_form:
        # the gazette issue's day at the head of its page (二零二五年四月二日,星期三); a relaying
        # news service's posting day at its foot (2008年9月24日(星期三) / 香港时间11时03分)
        published = next((_first_date(x) for x in (tail[-4:] if relayed else header) if RE_ISSUE_DAY.match(_norm_date_text(x))), None)
    if published is None and bare_heading and footed:
        # (round 35) a gazette part's item signed at its office: the issue's day at the page's head
        issue = next((m for x in every[: min(len(every), 12)] if (m := RE_ISSUE_DAY.match(_norm_date_text(x)))), None)
        published = _first_date(issue.group("d")) if issue else None
    if published is None and (bureau_at is not None or heading2):
        # the gazette issue's date at the page's head (二零二五年二月二十六日,星期三)
        issue = next((m for x in every[: min(len(every), 12)] if (m := RE_ISSUE_DAY.match(x))), None)
        published = _first_date(issue.group("d")) if issue else None
    if published is None:
        # a portal's posting time on a line of its own above the text (2025-06-07 16:43)
        # (a bullet before it, • 2020-11-13 14:42; a date without its time is a posting time only
        # under the headline: the page's first line over its menu, 2024/03/22 / 跳至内容, is the site's)
        stamps = [x.strip(" \u3000•·") for x in header[: min(len(header), limit + 1)]]
        # (a date under a label line of its own, 发文日期： / 2031-04-18, or a table's label without its
        # colon, 发文日期 / 2031年04月18日 16:25:00, is that label's value, no stamp)
        labels = _field_labels()[0]
        bare = next((x for k, x in enumerate(stamps) if RE_POSTED.fullmatch(x) and (k > 0 or re.search(r"\d:\d\d", x))
                     and not (k > 0 and (RE_LABEL_ALONE_30.fullmatch(stamps[k - 1]) or stamps[k - 1] in labels))), None)
        published = _first_date(bare) if bare else None
    if published is None and title_at > 0:
        # (round 33) a repost's posting time, to the second, on a line of its own above the title (2031-05-06 07:08:09)
        bare = next((x.strip() for x in lines[: min(title_at, 8)] if RE_POSTED.fullmatch(x.strip()) and re.search(r"\d:\d\d:\d\d$", x.strip())), None)
        published = _first_date(bare) if bare else None
    if published is None and title_at > 0:
        # a gazette issue's day of publication at the page's head (1996年03月15日出版)
        issued = next((m for x in lines[: min(title_at, 8)] if (m := RE_DAY_PUBLISHED.fullmatch(x.strip()))), None)
        published = _first_date(issued.group("d")) if issued else None
    if published is None and title_at > 0:
        # a portal's byline over the document's title, the posting body then the day in figures
        # (某县人民政府 2019-08-13 under the site's headline): a day written so above the title is no signature's
        byline = next((m for x in lines[: min(title_at, 8)] if (m := RE_PUBLISHER_DAY.fullmatch(x.strip())) and is_issuer_line(m.group("org"))), None)
        published = _first_date(byline.group("d")) if byline else None
    if published is None:
        stamp = next((m for x in lines[: min(n, limit + 1)] if (m := RE_MIRROR_STAMP.fullmatch(x.strip()))), None)
        published = _first_date(stamp.group("d")) if stamp else None
        if published is None:
            stamp = next((m for x in lines[: min(n, limit + 1)] if (m := RE_SITE_STAMP.fullmatch(x.strip()))), None)
            published = _first_date(stamp.group("d")) if stamp else None
    if published is None and tail:
        # a portal's record of the page at its foot, its fields listed as bullets (• 发布日期: 2025-02-11
        # / • 发布单位: 某局): its labelled posting date
        published = read_fields([x for x in tail[-12:] if re.match(r"^[\s\u3000]*[•·●▪]", x)]).get("published")
    if published is None and header and title_at > 0 and (m := RE_ISSUE_DAY.match(_norm_date_text(header[0]))):
        # a post's dateline over the document it gives (2013年4月30日 星期二 / 某某局通告第4/2013号 …): the
        # republishing site's day
        published = _first_date(m.group("d"))
    # the closing clauses of this document: up to the next document's number, when a page
    # holds several (a law database's page runs on into the next one)
    stop = len(every)
    if date_at is not None:
        stop = next((i for i in range(date_at + 1, len(every)) if find_doc_number(every[i])), stop)
    if holder and enacting is not None:
        # (an office holder's act on a page that runs on into the next: its clauses end where the next
        # act's enacting clause opens, 行政长官行使…作出本批示)
        first = next((i for i, x in enumerate(every) if x is enacting.string), None)
        if first is not None:
            stop = next((i for i in range(first + 1, stop) if RE_ENACTING.match(every[i]) or RE_ENACTING_KIND.match(every[i])), stop)
    effective = (record_start if record else None) or fields.get("effective") or effective_clause("\n".join(every[title_at:stop]), signed)
    if enacts is not None and "effective" not in fields:
        effective = None  # (a preannouncement's day of force is its draft rules', not the notice's)
    if effective is None and extract_form and published and RE_ON_PUBLICATION.search(re.sub(r"\s+", "", "\n".join(every[: date_at or len(every)]))):
        effective = published  # 自本批示摘录公布日起生效, the gazette's day being on the page
    if roc_act is not None and "effective" not in fields:
        effective = _history_effective(hist, acts, roc_act, "\n".join(every[title_at:stop]), signed)
    if effective is None and holder and (m := RE_ORDER_FROM.search(re.sub(r"\s+", "", "\n".join(every[title_at:stop])))):
        # the day an office holder's order runs from (下令由2019年5月26日上午8时起)
        g = m.group("g")
        effective = _glued_date(g) if g else _first_date(m.group("d"))
    if effective is None and doc_type in ("公告", "通告") and (m := next((m for x in body[:4] if (m := RE_NOTICE_FROM.match(re.sub(r"\s+", "", x)))), None)):
        effective = _first_date(m.group("d"))  # a notice's change from the day its opening names (市民请注意,由…起)
    if effective is None and doc_type == "公告" and (m := next((m for x in body[:30] if (m := RE_ITEMS_FROM_34.match(re.sub(r"\s+", "", x)))), None)):
        # (round 34) a Taiwan 公告 whose 公告事项 open with the day the measure runs from (自民国…起)
        effective = _roc_day(m.group("d")) if "民国" in m.group("d") else _first_date(m.group("d"))
    if effective is None and published and "published" in fields and RE_DAY_AFTER.search(re.sub(r"\s+", "", "\n".join(every[title_at:stop]))):
        # in force the day after its publication, whose day the page's own field gives (刊登日期)
        import datetime

        effective = (datetime.date.fromisoformat(published) + datetime.timedelta(days=1)).isoformat()
    if issuers and (k := next((k for k in range(1, min(n, 12)) if lines[k].strip() == issuers[0]), None)) \
            and (whole := _rejoined_name(lines[k - 1], issuers[0])):
        issuers = [whole] + issuers[1:]  # (the name at the head broken so: 某县新型冠状病毒感染的 / 肺炎疫情防控指挥部 / 通 告)
    level, region = issuer_place(issuers[0] if issuers else None, "\n".join(lines), shape=national_shape, number=number)
    if level == "provincial" and issuers and (m := RE_CORPS_DIVISION_30.search(issuers[0])):
        # a division of the Xinjiang Production and Construction Corps (兵团第五师) is prefecture level;
        # the city it is run together with (第五师某某市) its city
        level, region = "city", ["新疆维吾尔自治区"] + ([m.group("city")] if m.group("city") else [])
    if level is None and issuers and RE_TOWN_NAME_30.fullmatch(issuers[0]):
        # a town named bare (某某镇): county level, in the county the page's title block names most, where
        # the gazetteer places that name once (某某区村级干部管理办法 posted by a town of that 区)
        level, region = "county", _page_county_30("\n".join(lines[: min(n, limit + 6)]))
    if level is None and issuers and RE_PLACELESS_GOV_30.fullmatch(issuers[0]) and re.search(r"我县|全县", flat_body):
        # a county's office named without its county in its table (发布机构 | 政府办公室), its text
        # speaking of 我县: county level, in the county the page names most
        level, region = "county", _page_county_30("\n".join(every))
    if level == "county" and region == [] and issuers and not RE_PLACELESS_GOV_30.fullmatch(issuers[0]):
        # a county's body under a short name the gazetteer lacks (某区发改委): the county its title block names
        region = _page_county_30("\n".join(lines[: min(n, limit + 6)]))
    if level == "city" and len(region) == 2 and issuers and RE_TOWN_BODY_30.match(issuers[0].split(region[1], 1)[-1]):
        level = "county"  # a town's body under its city (某市某某镇人民政府, 某市某某镇综合行政执法局): a town is county level
    if level == "county" and region == [] and issuers and re.match(rf"^{_H}{{1,4}}[镇乡](?:人民政府|政府)$", issuers[0]):
        # (round 33) a town's government its headline puts under its city's bare name (某某某某镇人民政府关于…: 某某市)
        table = _places()[0]
        city = next((m.group(1) + "市" for x in lines[:3] if (m := re.search(rf"({_H}{{2,3}}?)" + re.escape(issuers[0]), x))
                     and table.get(m.group(1) + "市", ("",))[0] == "city"), None)
        region = [table[city][1], city] if city else region
    if level == "national" and issuers and region == []:
        from .indicators import page_region

        text = "\n".join(lines)
        # (a circular numbered by its serial within the year is a SAR's grammar: its bureau is
        # looked up under the SARs' headings too)
        sar = _sar_of_body(issuers[0], "\n".join(lines + tail) if serial else text, by_heading=bool(serial))
        if sar:
            level, region = "provincial", [sar]  # a body of a SAR the lexicon names so (立法会: 香港特别行政区立法会)
        elif page_region(text) == "TW" or RE_ROC_DAY.search(text) or roc_act is not None:
            # a body of Taiwan's government (交通部, 行政院) on a page of Taiwan's or dated in its calendar
            level, region = "provincial", ["台湾省"]
        elif page_region(text) in ("HK", "MO") and (sar := _sar_of_body(issuers[0], text, by_heading=True)):
            # a bureau the lexicon lists under a SAR's heading (行政公职局, 统计暨普查局) on a page the
            # SARs' words place there: that SAR's, not a central body of the same shape
            level, region = "provincial", [sar]
    if released and level == "national" and not RE_NATIONAL.match(issuers[0]):
        # a department's release named without its place: the SAR the lexicon lists it under, else the page's
        sar = _placeless_sar(issuers[0], lines, lines)
        level, region = ("provincial", [sar]) if sar else (level, region)
    if broadcast and issuers and level in (None, "national") and not RE_NATIONAL.match(issuers[0]):
        # (round 34) a broadcast notice's body named without its place: the SAR the lexicon lists it
        # under, else the one the page names (its stamp's 香港时间)
        sar = _placeless_sar(issuers[0], every, every)
        level, region = ("provincial", [sar]) if sar else (level, region)
    if level is None and issuers and not _lead_place(issuers[0]) and (RE_ROC_DAY.search("\n".join(lines + tail)) or roc_act):
        # a body named without its place (总统, 某院某局) on a page dated in Taiwan's calendar: Taiwan's
        level, region = "provincial", ["台湾省"]
    if level == "national" and (extract_form or footed) and not RE_NATIONAL.match(issuers[0]):
        level = None  # a gazette's or a news service's body named without its place: the page's (below)
    if level is None and issuers and re.match(r"^(?:人民政府|政府)", issuers[0]) and number and salut is not None \
            and re.match(r"^各(?:市|地区|自治州|州|盟)", lines[salut]) and (abbr := _province_abbreviations().get(number[:1])):
        # a government's body whose place is masked or left out, addressing the cities: a province's,
        # the one its number's abbreviation names (青政办…: 青海省)
        level, region = "provincial", [abbr]
    if level == "national" and bureau_at is not None:
        # a SAR's bureau dated in its own name (…于市政署) on a page naming that SAR only
        named = [x for x in _SARS if x in re.sub(r"\s+", "", "\n".join(lines))]
        if len(named) == 1:
            level, region = "provincial", named
    if level is None and issuers and holder and (sar := _sar_of_body(issuers[0], "\n".join(lines + tail), by_heading=True)):
        level, region = "provincial", [sar]  # a SAR's body (or its head) the lexicon lists under it (运输署署长)
    if level is None and issuers and (m := re.match(rf"^(?:本)?(?P<p>[省县旗])(?:人民政府|政府|委|{_H}{{0,8}}?{_HEADS}$)", issuers[0])):
        # a body named by its place's bare rank (县政府办公室, 省政府): that rank's, the place unnamed
        level = {"省": "provincial", "县": "county", "旗": "county"}[m.group("p")]
    if level is None and issuers and not re.match(r"^(?:地区|本市|本县|本区|本省|全市|全县|全省)", issuers[0]):
        # a body the gazetteer cannot place (行政长官) on a page of a special administrative region
        from .indicators import page_region

        flat = re.sub(r"\s+", "", "\n".join(lines + (tail if extract_form else [])))
        named = [x for x in ("香港特别行政区", "澳门特别行政区") if x in flat]
        sar_name = named[0] if len(named) == 1 else {"HK": "香港特别行政区", "MO": "澳门特别行政区"}.get(page_region("\n".join(lines + (tail if extract_form else []))))
        if sar_name:
            level, region = "provincial", [sar_name]
    if presented is not None and level in (None, "provincial") and not region and issuers == [presented.group("org")] \
            and len(_lead_place(issuers[0]) or "") <= 1 and RE_ROC_DAY.search(presented.group("d")):
        # (round 31) a province's government named by its rank alone (省政府), its report dated in Taiwan's calendar
        level, region = "provincial", ["台湾省"]
    if opened_by and issuers == [opened_by]:
        # (round 31) a portal's publishing body named without its place: a township (某某乡) one level
        # below the one county of the gazetteer's rank city the page names; a department (某某处) unplaced
        level, region = None, []
        if re.search(r"[乡镇]$", opened_by):
            table = _places()[0]
            flat = re.sub(r"\s+", "", "\n".join(lines))
            named = {k for k in table if k.endswith("县") and table[k][0] == "city" and k in flat}
            if len(named) == 1:
                county = named.pop()
                level, region = "county", [table[county][1], county]
    if number is None and not issuers and (letter := roc_letter):
        # (round 35) a Taiwan letter's heading line over its 说明 (某部108.10.3某字第…号函): body, day, number
        issuers, signed, number = [letter[0]], letter[1], letter[2]
        doc_type = doc_type or "函"
        level, region = issuer_place(issuers[0], "\n".join(lines))
        if level in (None, "national"):
            level, region = "provincial", ["台湾省"]
    reasons = next((k for k, x in enumerate(every) if RE_REASONS_35.fullmatch(x.strip())), None)
    if effective and "effective" not in fields and reasons is not None and reasons + 1 < len(every) and "施行" in every[reasons + 1] \
            and effective_clause("\n".join(every[title_at:reasons] + every[reasons + 2 :]), signed) is None:
        # (round 35) a law database's note of the reasons for the rules (立法理由: / ※配合某某组织法规,自…施行): its
        # clause puts the laws it cites in force, not the rules
        effective = None
    if not issuers and council_report and doc_type in (None, "报告"):
        # (round 35) a policy report to the council: the government the speaker's team is
        issuers, doc_type = [council_report], "报告"
        level, region = issuer_place(issuers[0], "\n".join(lines))
    if not issuers and doc_type in (None, own_notice.group("form") if own_notice else None) and own_notice:
        # (round 35) its body and form named in its opening clause; the SAR the lexicon lists the body under, else the page's
        issuers, doc_type = [own_notice.group("org")], own_notice.group("form")
        level, region = issuer_place(issuers[0], "\n".join(lines))
        if level in (None, "national"):
            sar = _placeless_sar(issuers[0], lines, lines + tail)
            level, region = ("provincial", [sar]) if sar else (level, region)
    if number is None and not issuers and roc_labelled:
        # (round 35) a Taiwan record run on one line: its body, form, day and number; in force that day
        # where its 主旨 says so
        issuers, number = [roc_labelled[0]], roc_labelled[3]
        doc_type, signed = doc_type or roc_labelled[1], signed or roc_labelled[2]
        effective = effective or (signed if roc_labelled[4] else None)
        level, region = issuer_place(issuers[0], "\n".join(lines))
        if level in (None, "national"):
            level, region = "provincial", ["台湾省"]
    if signed is None:
        # the print line at the foot (某县人民政府办公室2031年5月27日印发): the only day the page gives
        printed = next((m for x in reversed(every[-40:]) if (m := RE_PRINTED_LINE.match(x.strip())) and is_issuer_line(m.group("org"))), None)
        signed = signed or (_first_date(printed.group("d")) if printed else None)
    masthead = next((m for x in every[title_at + 1 : title_at + 3] if (m := RE_MASTHEAD_DATED.match(x.strip()))), None) if title else None
    if masthead and not issuers and is_issuer_line(masthead.group("org")):
        # a bulletin's masthead run on with its text: its body and its day in brackets (某市统计局 (2031年3月20日) 2030年,…)
        issuers = _split_issuers(masthead.group("org"))
        level, region = issuer_place(issuers[0], "\n".join(lines), number=number)
    if masthead and signed is None and issuers == _split_issuers(masthead.group("org")):
        signed = _first_date(masthead.group("d"))
    if not issuers and roc_act is not None and len(acting := {re.sub(r"\s+", "", m.group("org")) for _d, m in acts if m.group("org")}) == 1:
        issuers = list(acting)  # (its latest act naming no body, 府授法规字第…号令废止: the one body its history names)
        level, region = issuer_place(issuers[0], "\n".join(lines), number=number)
        if level in (None, "national"):
            level, region = "provincial", ["台湾省"]  # (a body of Taiwan's: its central bodies count as provincial)
    if not issuers and disclosing:
        issuers = [disclosing]  # (a body's yearly report on its disclosure: the body it names)
        level, region = issuer_place(issuers[0], "\n".join(lines), number=number)
    if not issuers and doc_type and (adopting := next((m for x in lines[title_at + 1 : title_at + 3]
                                                         if (m := RE_SESSION_ADOPTED.fullmatch(re.sub(r"\s+", "", x)))), None)):
        issuers = [adopting.group("org")]  # (the session that adopted it, the only body its note names)
        level, region = issuer_place(issuers[0], "\n".join(lines), number=number)
    if not issuers:
        # where none of the conventions above names the body: the places every kind of document names
        # its own in (its definition of 本府, its heading, the speaker's government, the subject of its
        # opening sentence, the body its title opens with, its dated foot); a body the gazetteer cannot
        # place, on a page of one SAR or dated in Taiwan's calendar, is that SAR's or Taiwan's
        from .issuer_evidence import issuer_evidence

        named = issuer_evidence(lines, title, tail)
        issuers = named[0] if named else []
        if issuers:
            level, region = issuer_place(issuers[0], "\n".join(lines), number=number)
            if level in (None, "national") and not RE_NATIONAL.match(issuers[0]):
                sar = _placeless_sar(issuers[0], lines, lines + tail)
                if sar:
                    level, region = "provincial", [sar]
                elif RE_ROC_DAY.search("\n".join(lines + tail)) or "民国" in re.sub(r"\s+", "", "\n".join(lines + tail)):
                    level, region = "provincial", ["台湾省"]
    if legco is not None:
        # a legislature's paper: its form, and for an agenda, a discussion paper or a record of decisions
        # the body its heading or its secretariat's signature names, its day and its own serial (an
        # agenda has none: the papers it lists are others'); the minutes keep what the conventions above
        # give, where they give it
        doc_type = legco["form"]
        if legco["form"] != "纪要":
            issuers, signed, number = legco["issuers"] or issuers, legco["signed"] or signed, legco["number"]
        else:
            # (the minutes' committee named in full where the conventions above read part of its name,
            # 编制小组委员会 of 某委员会辖下的人事编制小组委员会; not the council itself, 立法会)
            part = bool(issuers and legco["issuers"]) and issuers[0] in legco["issuers"][0] and issuers[0] != legco["issuers"][0] \
                and not RE_LEGCO_MASTHEAD.fullmatch(issuers[0])
            issuers = legco["issuers"] if part or not issuers else issuers
            signed, number = signed or legco["signed"], number or legco["number"]
        if issuers:
            level, region = issuer_place(issuers[0], "\n".join(lines), number=number)
            if level in (None, "national"):
                level, region = "provincial", [_one_sar(re.sub(r"\s+", "", "\n".join(lines + tail)))
                                               or ("澳门特别行政区" if legco["form"] == "意见书" else "香港特别行政区")]
    return {
        "doc_number": RE_PAPER_FILE.sub(r"\1\2", number) if number else number, "issuers": issuers, "doc_type": doc_type, "issued_type": letter_issues or issued_type_of(title) or (text_issued if doc_type == "通知" else None) or _approved_annex(doc_type, every),
        "signed": signed, "published": published, "effective": effective,
        "index_number": fields.get("index_number"), "level": level, "region": region,
    }  # fmt: skip
