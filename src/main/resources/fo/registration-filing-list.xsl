<?xml version="1.0" encoding="UTF-8"?>
<!--
  《中等职业学校新生入学注册备案名单》 (R-REG-11). Input: the XML written by RegistrationFilingListDocument
  (filing-list: school and intake, majors with class counts, rows in chunks of 500). Each chunk is one
  page-sequence (FOP keeps a page-sequence in memory); page numbers continue across them.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- styles -->
  <xsl:attribute-set name="page">
    <xsl:attribute name="font-family">NotoSansSC, CJKFallback</xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="title">
    <xsl:attribute name="font-size">16pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">4mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="header-line">
    <xsl:attribute name="space-after">1mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="summary">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="start-indent">4mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="footer">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="space-before">3mm</xsl:attribute>
    <xsl:attribute name="border-collapse">collapse</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="head-cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">1mm 0.8mm</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
    <xsl:attribute name="background-color">#eeeeee</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">0.6mm 0.8mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="signatures">
    <xsl:attribute name="space-before">8mm</xsl:attribute>
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="line-height">2</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="note">
    <xsl:attribute name="space-before">4mm</xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/filing-list">
    <fo:root xsl:use-attribute-sets="page">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="a4-landscape" page-width="297mm" page-height="210mm"
                               margin-top="10mm" margin-bottom="8mm" margin-left="12mm" margin-right="12mm">
          <fo:region-body margin-bottom="8mm"/>
          <fo:region-after extent="6mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <xsl:for-each select="chunk">
        <fo:page-sequence master-reference="a4-landscape" force-page-count="no-force">
          <fo:static-content flow-name="xsl-region-after">
            <fo:block xsl:use-attribute-sets="footer">
              <xsl:value-of select="/filing-list/school-name"/>
              <xsl:text>　</xsl:text>
              <xsl:value-of select="/filing-list/intake"/>
              <xsl:text>新生入学注册备案名单　第 </xsl:text>
              <fo:page-number/>
              <xsl:text> 页 共 </xsl:text>
              <fo:page-number-citation ref-id="end-of-document"/>
              <xsl:text> 页</xsl:text>
            </fo:block>
          </fo:static-content>
          <fo:flow flow-name="xsl-region-body">
            <xsl:if test="position() = 1">
              <xsl:call-template name="header"/>
            </xsl:if>
            <xsl:call-template name="table"/>
            <xsl:if test="position() = last()">
              <xsl:call-template name="signatures"/>
              <fo:block id="end-of-document"/>
            </xsl:if>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </fo:root>
  </xsl:template>

  <xsl:template name="header">
    <fo:block xsl:use-attribute-sets="title">《<xsl:value-of select="/filing-list/title"/>》</fo:block>
    <fo:block xsl:use-attribute-sets="header-line">
      <xsl:text>学校名称：</xsl:text><xsl:value-of select="/filing-list/school-name"/>
      <xsl:text>　　学校代码：</xsl:text><xsl:value-of select="/filing-list/school-code"/>
      <xsl:text>　　入学年度：</xsl:text><xsl:value-of select="/filing-list/intake"/>
    </fo:block>
    <fo:block xsl:use-attribute-sets="header-line">
      <xsl:text>主管教育行政部门：</xsl:text><xsl:value-of select="/filing-list/supervising-bureau"/>
      <xsl:text>　　制表日期：</xsl:text><xsl:value-of select="/filing-list/generated-on"/>
    </fo:block>
    <fo:block xsl:use-attribute-sets="header-line">
      <xsl:text>注册学生合计 </xsl:text><xsl:value-of select="/filing-list/total"/>
      <xsl:text> 人，</xsl:text><xsl:value-of select="count(/filing-list/majors/major)"/>
      <xsl:text> 个专业，</xsl:text><xsl:value-of select="count(/filing-list/majors/major/class)"/>
      <xsl:text> 个班级。其中：</xsl:text>
    </fo:block>
    <xsl:if test="normalize-space(/filing-list/under-review-note) != ''">
      <fo:block xsl:use-attribute-sets="header-line"><xsl:value-of select="/filing-list/under-review-note"/></fo:block>
    </xsl:if>
    <xsl:for-each select="/filing-list/majors/major">
      <fo:block xsl:use-attribute-sets="summary">
        <xsl:value-of select="@code"/><xsl:text> </xsl:text><xsl:value-of select="@name"/>
        <xsl:text>：</xsl:text><xsl:value-of select="@count"/><xsl:text> 人（</xsl:text>
        <xsl:for-each select="class">
          <xsl:if test="position() > 1"><xsl:text>；</xsl:text></xsl:if>
          <xsl:value-of select="@name"/><xsl:text> </xsl:text><xsl:value-of select="@count"/><xsl:text> 人</xsl:text>
        </xsl:for-each>
        <xsl:text>）</xsl:text>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="table">
    <fo:table xsl:use-attribute-sets="table">
      <fo:table-column column-width="11mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-column column-width="30mm"/>
      <fo:table-column column-width="34mm"/>
      <fo:table-column column-width="33mm"/>
      <fo:table-column column-width="18mm"/>
      <fo:table-column column-width="9mm"/>
      <fo:table-column column-width="19mm"/>
      <fo:table-column column-width="33mm"/>
      <fo:table-column column-width="17mm"/>
      <fo:table-column column-width="15mm"/>
      <fo:table-column column-width="17mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-header>
        <fo:table-row>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>序号</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>专业代码</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>专业名称</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>班级</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>学籍号</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>姓名</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>性别</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>出生日期</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>身份证件号码</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>入学前学历</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>学习形式</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>学籍类别</fo:block></fo:table-cell>
          <fo:table-cell xsl:use-attribute-sets="head-cell"><fo:block>备注</fo:block></fo:table-cell>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:if test="not(row)">
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="cell" number-columns-spanned="13">
              <fo:block text-align="center">（无注册学生）</fo:block>
            </fo:table-cell>
          </fo:table-row>
        </xsl:if>
        <xsl:for-each select="row">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block text-align="center"><xsl:value-of select="seq"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="major-code"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="major-name"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="class"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="student-number"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="name"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block text-align="center"><xsl:value-of select="gender"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="birth-date"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="id-number"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="intake-level"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="learning-form"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="category"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="remarks"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="signatures">
    <fo:block xsl:use-attribute-sets="signatures">
      <fo:block>
        <xsl:text>校长（签字）：＿＿＿＿＿＿＿＿　　　　学校（盖章）　　　　日期：　　　　年　　月　　日</xsl:text>
      </fo:block>
      <xsl:if test="/filing-list/county-school = 'true'">
        <fo:block space-before="4mm">
          <xsl:text>县级教育行政部门审核意见：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　　</xsl:text>
          <xsl:value-of select="/filing-list/county-bureau"/>
          <xsl:text>（盖章）　　日期：　　　　年　　月　　日</xsl:text>
        </fo:block>
      </xsl:if>
      <fo:block xsl:use-attribute-sets="note">
        <xsl:text>本名单一式</xsl:text><xsl:value-of select="/filing-list/copies"/>
        <xsl:text>份，经校长签字、学校盖章</xsl:text>
        <xsl:if test="/filing-list/county-school = 'true'">
          <xsl:text>并经县级教育行政部门审核盖章</xsl:text>
        </xsl:if>
        <xsl:text>后，连同电子名单报</xsl:text><xsl:value-of select="/filing-list/city-bureau"/>
        <xsl:text>备案。</xsl:text>
      </fo:block>
    </fo:block>
  </xsl:template>
</xsl:stylesheet>
