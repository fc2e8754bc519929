{{- define "wsis.labels" -}}
app.kubernetes.io/part-of: wsis-platform
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{- define "wsis.selector" -}}
app.kubernetes.io/name: {{ . }}
app.kubernetes.io/part-of: wsis-platform
{{- end -}}
