<?xml version="1.0" encoding="UTF-8"?>
<!--
  转学证明 (R-TRF-4, 第十四条): the transfer-out certificate (转出证明, issued by the out-school after its bureau's
  review) and the transfer-in certificate (转入证明, issued by the in-school after its bureau's review).
  Input: the XML written by TransferCertificateDocument (transfer-certificate: issuer, subject, document-number,
  recipient, paragraphs/p, particulars/particular, reviewed-by, date). A4 portrait, one page; a 存根 (counterfoil,
  kept by the issuing school, R-TRF-4 "转学手续留转出及转入学校分别备案") below the cut line.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- styles -->
  <xsl:attribute-set name="page">
    <xsl:attribute name="font-family">NotoSansSC, CJKFallback</xsl:attribute>
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="line-height">1.7</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="letterhead">
    <xsl:attribute name="font-size">20pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="color">#b00000</xsl:attribute>
    <xsl:attribute name="letter-spacing">1pt</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="letterhead-rule">
    <xsl:attribute name="text-align-last">justify</xsl:attribute>
    <xsl:attribute name="line-height">1</xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="subject">
    <xsl:attribute name="font-size">16pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">2mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="document-number">
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="title">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-after">5mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="recipient">
    <xsl:attribute name="space-after">1mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="paragraph">
    <xsl:attribute name="text-indent">2em</xsl:attribute>
    <xsl:attribute name="text-align">justify</xsl:attribute>
    <xsl:attribute name="space-after">1mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="section-label">
    <xsl:attribute name="font-weight">bold</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="border-collapse">collapse</xsl:attribute>
    <xsl:attribute name="space-before">2mm</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.4</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="label-cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">1.2mm 1.5mm</xsl:attribute>
    <xsl:attribute name="background-color">#f0f0f0</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="value-cell">
    <xsl:attribute name="border">0.5pt solid black</xsl:attribute>
    <xsl:attribute name="padding">1.2mm 1.5mm</xsl:attribute>
    <xsl:attribute name="display-align">center</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="appeal">
    <xsl:attribute name="border">0.8pt solid black</xsl:attribute>
    <xsl:attribute name="padding">2mm 3mm</xsl:attribute>
    <xsl:attribute name="space-before">3mm</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="signature">
    <xsl:attribute name="space-before">12mm</xsl:attribute>
    <xsl:attribute name="text-align">end</xsl:attribute>
    <xsl:attribute name="end-indent">8mm</xsl:attribute>
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
    <xsl:attribute name="keep-with-previous.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="cut-line">
    <xsl:attribute name="space-before">10mm</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="font-size">9pt</xsl:attribute>
    <xsl:attribute name="color">#555555</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="receipt">
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="receipt-title">
    <xsl:attribute name="font-size">14pt</xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="space-before">3mm</xsl:attribute>
  </xsl:attribute-set>
  <xsl:attribute-set name="footer">
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="text-align">center</xsl:attribute>
    <xsl:attribute name="color">#555555</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/transfer-certificate">
    <fo:root xsl:use-attribute-sets="page">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm"
                               margin-top="20mm" margin-bottom="12mm" margin-left="26mm" margin-right="24mm">
          <fo:region-body margin-bottom="12mm"/>
          <fo:region-after extent="8mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:page-sequence master-reference="a4">
        <fo:static-content flow-name="xsl-region-after">
          <fo:block xsl:use-attribute-sets="footer">
            <xsl:apply-templates select="subject" mode="text"/>
            <xsl:text>　</xsl:text>
            <xsl:apply-templates select="document-number" mode="text"/>
            <xsl:text>　第 </xsl:text>
            <fo:page-number/>
            <xsl:text> 页 共 </xsl:text>
            <fo:page-number-citation ref-id="end-of-certificate"/>
            <xsl:text> 页</xsl:text>
          </fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <fo:block xsl:use-attribute-sets="letterhead"><xsl:apply-templates select="issuer" mode="text"/></fo:block>
          <fo:block xsl:use-attribute-sets="letterhead-rule">
            <fo:leader leader-pattern="rule" rule-thickness="1.5pt" leader-length="100%" color="#b00000"/>
          </fo:block>
          <fo:block xsl:use-attribute-sets="subject"><xsl:apply-templates select="subject" mode="text"/></fo:block>
          <fo:block xsl:use-attribute-sets="document-number">
            <xsl:text>编号：</xsl:text><xsl:apply-templates select="document-number" mode="text"/>
          </fo:block>
          <fo:block xsl:use-attribute-sets="recipient"><xsl:apply-templates select="recipient" mode="text"/><xsl:text>：</xsl:text></fo:block>
          <xsl:for-each select="paragraphs/p">
            <fo:block xsl:use-attribute-sets="paragraph"><xsl:apply-templates select="." mode="text"/></fo:block>
          </xsl:for-each>
          <xsl:call-template name="particulars"/>
          <fo:block xsl:use-attribute-sets="paragraph">
            <fo:inline xsl:use-attribute-sets="section-label">审核：</fo:inline>
            <xsl:apply-templates select="reviewed-by" mode="text"/>
          </fo:block>
          <fo:block xsl:use-attribute-sets="paragraph">
            <fo:inline xsl:use-attribute-sets="section-label">依据：</fo:inline>
            <xsl:text>《吉林省中等职业学校学生学籍管理暂行办法》第十四条。转学手续由转出、转入学校分别留存备案。</xsl:text>
          </fo:block>
          <fo:block xsl:use-attribute-sets="signature">
            <fo:block><xsl:apply-templates select="issuer" mode="text"/><xsl:text>（盖章）</xsl:text></fo:block>
            <fo:block><xsl:value-of select="date"/></fo:block>
          </fo:block>
          <fo:block xsl:use-attribute-sets="receipt">
            <fo:block xsl:use-attribute-sets="cut-line">
              <xsl:text>- - - - - - - - - - - - - - - - 存根（学校留存备案） - - - - - - - - - - - - - - - -</xsl:text>
            </fo:block>
            <fo:block xsl:use-attribute-sets="receipt-title"><xsl:apply-templates select="subject" mode="text"/><xsl:text>存根</xsl:text></fo:block>
            <xsl:call-template name="particulars"/>
          </fo:block>
          <fo:block id="end-of-certificate"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- text: a run of characters outside the BMP (<ext>, see DocumentXml.markedText) in its own inline -->
  <xsl:template match="ext" mode="text">
    <fo:inline><xsl:value-of select="."/></fo:inline>
  </xsl:template>

  <xsl:template name="particulars">
    <fo:table xsl:use-attribute-sets="table">
      <fo:table-column column-width="38mm"/>
      <fo:table-column column-width="proportional-column-width(1)"/>
      <fo:table-body>
        <xsl:for-each select="particulars/particular">
          <fo:table-row keep-together.within-page="always">
            <fo:table-cell xsl:use-attribute-sets="label-cell"><fo:block><xsl:apply-templates select="label" mode="text"/></fo:block></fo:table-cell>
            <fo:table-cell xsl:use-attribute-sets="value-cell"><fo:block><xsl:apply-templates select="value" mode="text"/></fo:block></fo:table-cell>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>
</xsl:stylesheet>
