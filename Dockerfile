# Builds the production jar (front-end bundle included) and runs it on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY db db
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -Pproduction -DskipTests package && cp target/werkplaats-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 werkplaats && mkdir -p /data/documents && chown werkplaats /data/documents
COPY --from=build /app.jar /opt/werkplaats/app.jar
USER werkplaats
# Uploaded documents; mount a volume here so they outlive the container.
ENV WSG_DOCUMENTS_DIR=/data/documents
VOLUME /data/documents
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/werkplaats/app.jar"]
