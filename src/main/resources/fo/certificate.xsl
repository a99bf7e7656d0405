<?xml version="1.0" encoding="UTF-8"?>
<!--
  Certificates (毕业证书, 结业证书, 学历证明书; R-GRD-5, R-GRD-6, R-GRD-7), one A4 landscape page each.
  Input: the XML written by CertificateDocument (certificates/certificate: subject, number, name, gender,
  birth-date, id-number, school, major, duration, learning-form, flexible, study-from, study-to, statement,
  remarks/remark, issuer, stamped-by, date). Free text comes through DocumentXml.markedText (<ext> runs).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:attribute-set name="cell">
    <xsl:attribute name="border">0.5pt solid #7a5c00</xsl:attribute>
    <xsl:attribute name="padding">1.5mm 2mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="label" use-attribute-sets="cell">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="background-color">#f7f1e0</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/certificates">
    <fo:root font-family="NotoSansSC, CJKFallback" font-size="12pt" line-height="1.6">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="landscape" page-width="297mm" page-height="210mm"
                               margin="15mm 22mm 12mm 22mm">
          <fo:region-body/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <xsl:for-each select="certificate">
        <fo:page-sequence master-reference="landscape">
          <fo:flow flow-name="xsl-region-body">
            <fo:block-container border="2pt double #7a5c00" padding="6mm" height="170mm">
              <fo:block font-size="24pt" font-weight="bold" text-align="center" letter-spacing="4pt" color="#7a2000">
                <xsl:apply-templates select="subject" mode="text"/>
              </fo:block>
              <fo:block text-align="end" font-size="10.5pt" space-after="3mm">
                <xsl:text>证书编号：</xsl:text><xsl:value-of select="number"/>
              </fo:block>
              <fo:block text-indent="2em" font-size="14pt" space-after="4mm">
                <xsl:text>学生 </xsl:text><xsl:apply-templates select="name" mode="text"/>
                <xsl:text>，</xsl:text><xsl:value-of select="gender"/>
                <xsl:if test="string(birth-date)"><xsl:text>，</xsl:text><xsl:value-of select="birth-date"/><xsl:text>生</xsl:text></xsl:if>
                <xsl:text>，于 </xsl:text><xsl:value-of select="study-from"/><xsl:text> 至 </xsl:text>
                <xsl:value-of select="study-to"/><xsl:text> 在本校 </xsl:text>
                <xsl:apply-templates select="major" mode="text"/><xsl:text> 专业</xsl:text>
                <xsl:value-of select="learning-form"/><xsl:text>，学制 </xsl:text><xsl:value-of select="duration"/>
                <xsl:text>，</xsl:text><xsl:apply-templates select="statement" mode="text"/>
              </fo:block>
              <fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="11pt">
                <fo:table-column column-width="32mm"/>
                <fo:table-column column-width="proportional-column-width(1)"/>
                <fo:table-column column-width="32mm"/>
                <fo:table-column column-width="proportional-column-width(1)"/>
                <fo:table-body>
                  <fo:table-row>
                    <fo:table-cell xsl:use-attribute-sets="label"><fo:block>姓名</fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:apply-templates select="name" mode="text"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="label"><fo:block>身份证件号码</fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="id-number"/></fo:block></fo:table-cell>
                  </fo:table-row>
                  <fo:table-row>
                    <fo:table-cell xsl:use-attribute-sets="label"><fo:block>学校</fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:apply-templates select="school" mode="text"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="label"><fo:block>专业</fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:apply-templates select="major" mode="text"/></fo:block></fo:table-cell>
                  </fo:table-row>
                  <fo:table-row>
                    <fo:table-cell xsl:use-attribute-sets="label"><fo:block>学习形式</fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block><xsl:value-of select="learning-form"/></fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="label"><fo:block>学习期限</fo:block></fo:table-cell>
                    <fo:table-cell xsl:use-attribute-sets="cell"><fo:block>
                      <xsl:value-of select="study-from"/><xsl:text> 至 </xsl:text><xsl:value-of select="study-to"/>
                      <xsl:if test="flexible = 'true'"><xsl:text>（弹性学习）</xsl:text></xsl:if>
                    </fo:block></fo:table-cell>
                  </fo:table-row>
                </fo:table-body>
              </fo:table>
              <xsl:for-each select="remarks/remark">
                <fo:block font-size="10.5pt" space-before="2mm"><xsl:apply-templates select="." mode="text"/></fo:block>
              </xsl:for-each>
              <fo:block text-align="end" space-before="10mm" end-indent="10mm">
                <fo:block><xsl:apply-templates select="issuer" mode="text"/><xsl:text>（盖章）</xsl:text></fo:block>
                <xsl:if test="string(stamped-by)">
                  <fo:block font-size="10.5pt"><xsl:text>验印：</xsl:text><xsl:apply-templates select="stamped-by" mode="text"/></fo:block>
                </xsl:if>
                <fo:block><xsl:value-of select="date"/></fo:block>
              </fo:block>
            </fo:block-container>
          </fo:flow>
        </fo:page-sequence>
      </xsl:for-each>
    </fo:root>
  </xsl:template>

  <xsl:template match="ext" mode="text">
    <fo:inline><xsl:value-of select="."/></fo:inline>
  </xsl:template>
</xsl:stylesheet>
